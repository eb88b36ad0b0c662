import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;
const tenantA = newId();
const tenantB = newId();

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.withPlatform(async (db) => {
    await db.tenant.createMany({
      data: [
        { id: tenantA, name: 'A', slug: `a-${tenantA}` },
        { id: tenantB, name: 'B', slug: `b-${tenantB}` },
      ],
    });
  });
});
afterAll(async () => t.drop());

describe('unit of work', () => {
  it('sees only its own tenant and rejects writes into another', async () => {
    await t.db.withTenant(tenantA, (db) =>
      db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'vip' } }),
    );
    const seenByB = await t.db.withTenant(tenantB, (db) => db.tag.findMany());
    expect(seenByB).toEqual([]);
    const seenByA = await t.db.withTenant(tenantA, (db) => db.tag.findMany());
    expect(seenByA.map((tag) => tag.tenantId)).toEqual([tenantA]);
    await expect(
      t.db.withTenant(tenantB, (db) =>
        db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'x' } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('rolls back everything when the work throws', async () => {
    await expect(
      t.db.withTenant(tenantA, async (db) => {
        await db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'rolled-back' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const tags = await t.db.withTenant(tenantA, (db) => db.tag.findMany({ where: { name: 'rolled-back' } }));
    expect(tags).toEqual([]);
  });

  it('refuses queries outside a unit of work', async () => {
    const { db } = t;
    let leaked: unknown;
    await db.withTenant(tenantA, (scoped) => {
      leaked = scoped;
      return Promise.resolve();
    });
    await expect((leaked as { tag: { findMany(): Promise<unknown> } }).tag.findMany()).rejects.toThrow(
      /outside a unit of work/,
    );
  });

  it('leaves no tenant setting on the pooled connection', async () => {
    await t.db.withTenant(tenantA, (db) => db.tag.findMany());
    const client = await t.db.pool.connect();
    try {
      const { rows } = await client.query<{ tenant: string | null; role: string }>(
        "SELECT current_setting('app.tenant_id', true) AS tenant, current_user AS role",
      );
      expect(rows[0]?.tenant ?? '').toBe('');
      expect(rows[0]?.role).not.toBe('crm_app');
    } finally {
      client.release();
    }
  });
});
