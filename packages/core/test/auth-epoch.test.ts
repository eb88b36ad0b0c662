import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActorCache } from '../src/auth/actor-cache.js';
import type { Principal } from '../src/auth/principal.js';
import type { TenantDb } from '../src/db/database.js';
import { newId } from '../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;
const tenantA = newId();
const tenantB = newId();
const userId = newId();
const roleId = newId();
const teamId = newId();
const apiKeyId = newId();
const sessionId = 'a'.repeat(64);
const definitionId = newId();
const repRights = {
  grants: { Contact: { actions: ['read', 'update'], scope: 'team' } },
  seesSensitiveFields: false,
};
const ownContactsOnly = {
  grants: { Contact: { actions: ['read'], scope: 'own' } },
  seesSensitiveFields: false,
};

const epochOf = async (tenantId: string): Promise<bigint> =>
  t.db.withTenant(tenantId, async (db) => (await db.authEpoch.findFirstOrThrow()).epoch);

/** Runs `change` in tenant A's unit and answers by how much A's and B's epochs moved. */
async function bumps(change: (db: TenantDb) => Promise<unknown>, as: 'tenant' | 'platform' = 'tenant') {
  const [a, b] = [await epochOf(tenantA), await epochOf(tenantB)];
  if (as === 'tenant') await t.db.withTenant(tenantA, change);
  else await t.db.withPlatform(change);
  return { a: (await epochOf(tenantA)) - a, b: (await epochOf(tenantB)) - b };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.withPlatform(async (db) => {
    await db.tenant.createMany({
      data: [
        { id: tenantA, name: 'A', slug: `a-${tenantA}` },
        { id: tenantB, name: 'B', slug: `b-${tenantB}` },
      ],
    });
    await db.user.create({ data: { id: userId, email: `${userId}@example.test`, name: 'Ann' } });
    await db.session.create({
      data: { id: sessionId, userId, activeTenantId: tenantA, expiresAt: new Date(Date.now() + 3_600_000) },
    });
  });
  await t.db.withTenant(tenantA, async (db) => {
    await db.role.create({
      data: { tenantId: tenantA, id: roleId, key: 'rep', name: 'Rep', permissions: repRights },
    });
    await db.membership.create({ data: { tenantId: tenantA, id: newId(), userId, roleId } });
    await db.team.create({ data: { tenantId: tenantA, id: teamId, name: 'North' } });
    await db.apiKey.create({
      data: { tenantId: tenantA, id: apiKeyId, name: 'k', prefix: 'k', tokenHash: apiKeyId, userId },
    });
  });
});
afterAll(async () => t.drop());

describe('authorization epoch', () => {
  it('exists for every tenant, a new one included', async () => {
    expect(await epochOf(tenantA)).toBeGreaterThanOrEqual(0n);
    expect(await epochOf(tenantB)).toBe(0n);
  });

  it.each<[string, (db: TenantDb) => Promise<unknown>]>([
    [
      'a role changes',
      (db) =>
        db.role.update({
          where: { tenantId_id: { tenantId: tenantA, id: roleId } },
          data: { name: 'Seller' },
        }),
    ],
    [
      'a membership is disabled',
      (db) => db.membership.updateMany({ where: { userId }, data: { disabledAt: new Date() } }),
    ],
    [
      'a membership is enabled',
      (db) => db.membership.updateMany({ where: { userId }, data: { disabledAt: null } }),
    ],
    ['someone joins a team', (db) => db.teamMember.create({ data: { tenantId: tenantA, teamId, userId } })],
    ['someone leaves a team', (db) => db.teamMember.deleteMany({ where: { teamId } })],
    [
      'an API key is revoked',
      (db) => db.apiKey.updateMany({ where: { id: apiKeyId }, data: { revokedAt: new Date() } }),
    ],
    [
      'a custom field is defined',
      (db) =>
        db.customFieldDefinition.create({
          data: {
            tenantId: tenantA,
            id: definitionId,
            objectType: 'contact',
            key: 'vip',
            label: 'VIP',
            type: 'boolean',
          },
        }),
    ],
    [
      'a custom field becomes sensitive',
      (db) => db.customFieldDefinition.updateMany({ where: { id: definitionId }, data: { sensitive: true } }),
    ],
  ])('moves when %s, in that tenant only', async (_, change) => {
    expect(await bumps(change)).toEqual({ a: 1n, b: 0n });
  });

  it('moves for both tenants when a session switches between them, and when it ends', async () => {
    expect(
      await bumps(
        (db) => db.session.update({ where: { id: sessionId }, data: { activeTenantId: tenantB } }),
        'platform',
      ),
    ).toEqual({ a: 1n, b: 1n });
    expect(
      await bumps(
        (db) => db.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } }),
        'platform',
      ),
    ).toEqual({ a: 0n, b: 1n });
  });

  it('moves in every tenant of a user who is disabled', async () => {
    expect(
      await bumps(
        (db) => db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } }),
        'platform',
      ),
    ).toEqual({ a: 1n, b: 0n });
    await t.db.withPlatform((db) => db.user.update({ where: { id: userId }, data: { disabledAt: null } }));
  });

  it('stands still for use that changes no rights: a session touched, a key used, records written', async () => {
    expect(
      await bumps(
        (db) => db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() } }),
        'platform',
      ),
    ).toEqual({ a: 0n, b: 0n });
    expect(
      await bumps((db) =>
        db.apiKey.updateMany({ where: { id: apiKeyId }, data: { lastUsedAt: new Date() } }),
      ),
    ).toEqual({ a: 0n, b: 0n });
    expect(
      await bumps((db) => db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'vip' } })),
    ).toEqual({ a: 0n, b: 0n });
  });

  it('cannot be written by the application role', async () => {
    await expect(
      t.db.withTenant(tenantA, (db) => db.authEpoch.updateMany({ data: { epoch: 0n } })),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('actor cache', () => {
  const keyId = newId();
  const principal: Principal = { kind: 'apiKey', userId, tenantId: tenantA, apiKeyId: keyId };

  beforeAll(async () => {
    await t.db.withTenant(tenantA, (db) =>
      db.apiKey.create({
        data: { tenantId: tenantA, id: keyId, name: 'k2', prefix: 'k', tokenHash: keyId, userId },
      }),
    );
  });

  const act = (cache: ReturnType<typeof createActorCache>) => {
    const check = cache.check(principal, tenantA);
    return t.db.withTenant(
      tenantA,
      async (_, rows) => ({ probe: check.probe, actor: await check.resolve(rows) }),
      {
        userId,
        probe: check.probe,
      },
    );
  };

  it('probes once, then checks only the epoch while it stands still', async () => {
    const cache = createActorCache();
    const first = await act(cache);
    expect(first.probe).toMatch(/crm_actor_probe/);
    expect(first.actor?.actor.roleKey).toBe('rep');
    const second = await act(cache);
    expect(second.probe).toBe('SELECT "epoch" FROM "AuthEpoch"');
    expect(second.actor).toBe(first.actor);
  });

  it('sees a change of rights on the very next request', async () => {
    const cache = createActorCache();
    await act(cache);
    await t.db.withTenant(tenantA, (db) =>
      db.role.update({
        where: { tenantId_id: { tenantId: tenantA, id: roleId } },
        data: { permissions: ownContactsOnly },
      }),
    );
    const changed = await act(cache);
    expect(changed.probe).toBe('SELECT "epoch" FROM "AuthEpoch"');
    expect(changed.actor?.actor.permissions).toEqual(ownContactsOnly);
    await t.db.withTenant(tenantA, (db) =>
      db.apiKey.updateMany({ where: { id: keyId }, data: { revokedAt: new Date() } }),
    );
    expect((await act(cache)).actor).toBeNull();
  });
});
