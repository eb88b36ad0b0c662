import { abilityFor, AppError, createPluginRegistry, newId, systemRoles, type TenantContext } from '@crm/core';
import { createTestDatabase, type TestDatabase } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import __plugin__ from '../src/index.js';
import { __plugin__Context } from '../src/db.js';
import { createItem } from '../src/server/create-item.js';
import { listItems } from '../src/server/list-items.js';

const registry = createPluginRegistry([__plugin__]);
let t: TestDatabase;
const tenants = [newId(), newId()] as const;

beforeAll(async () => {
  t = await createTestDatabase([...registry.migrations]);
  await t.db.withPlatform(async (db) => {
    for (const id of tenants) await db.tenant.create({ data: { id, name: id, slug: `t-${id}` } });
  });
});
afterAll(async () => t.drop());

/** Runs `work` in a tenant unit of work as an actor with a system role. */
function as<T>(tenantId: string, roleKey: 'admin' | 'viewer', work: (ctx: TenantContext) => Promise<T>) {
  return t.db.withTenant(tenantId, (db) => {
    const actor = {
      tenantId,
      userId: newId(),
      roleKey,
      permissions: systemRoles[roleKey].permissions,
      teamUserIds: [],
      apiKeyId: null,
    };
    return work({ db, actor, ability: abilityFor(actor, registry.ruleContributors), requestId: 'test', ip: null });
  });
}

describe('items', () => {
  it('are created and listed within the tenant only', async () => {
    await as(tenants[0], 'admin', (ctx) => createItem(__plugin__Context(ctx), { name: 'Alpha' }));
    const mine = await as(tenants[0], 'viewer', (ctx) => listItems(__plugin__Context(ctx), { limit: 50 }));
    expect(mine.items.map((i) => i.name)).toEqual(['Alpha']);
    const theirs = await as(tenants[1], 'admin', (ctx) => listItems(__plugin__Context(ctx), { limit: 50 }));
    expect(theirs.items).toEqual([]);
  });

  it('refuses a duplicate name, naming the field, and a role without the right', async () => {
    await expect(
      as(tenants[0], 'admin', (ctx) => createItem(__plugin__Context(ctx), { name: 'Alpha' })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', details: { fields: [{ field: 'name', message: 'is taken' }] } });
    await expect(
      as(tenants[0], 'viewer', (ctx) => createItem(__plugin__Context(ctx), { name: 'Beta' })),
    ).rejects.toBeInstanceOf(AppError);
  });
});
