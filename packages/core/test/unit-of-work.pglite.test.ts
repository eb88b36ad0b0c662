import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitPreparedQuery } from '../src/db/unit-of-work.js';
import { newId } from '../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

// Tenant isolation that must hold on the embedded runtime too: `pnpm test` runs this file on the real
// server and again on PGlite (TEST_DB=pglite). PGlite over pglite-socket connects every client as its
// superuser, so isolation there rests on the unit's SET LOCAL ROLE crm_app (see the architecture doc).
const onPglite = process.env.TEST_DB === 'pglite';
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

describe(`unit of work (${onPglite ? 'PGlite' : 'PostgreSQL'})`, () => {
  it.runIf(onPglite)('is reached as the PGlite superuser, whatever the user in the URL', async () => {
    const { rows } = await t.db.pool.query<{ superuser: string }>(
      "SELECT current_setting('is_superuser') AS superuser",
    );
    expect(rows[0]?.superuser).toBe('on');
  });

  it('runs a hot statement on several connections at once, prepared where each connection is its own session', async () => {
    // On PGlite every socket connection shares one session, so a name prepared on one would already
    // exist on the next: the embedded database sends these statements unnamed.
    const read = () =>
      t.db.withPlatform(async () => {
        const first = await unitPreparedQuery<{ one: number }>('crm_test_one', 'SELECT $1::int AS one', [1]);
        const again = await unitPreparedQuery<{ one: number }>('crm_test_one', 'SELECT $1::int AS one', [1]);
        return [first.rows[0]?.one, again.rows[0]?.one];
      });
    expect(await Promise.all([read(), read(), read(), read()])).toEqual(
      Array.from({ length: 4 }, () => [1, 1]),
    );
  });

  it('works as crm_app with the tenant set inside a unit', async () => {
    const inside = await t.db.withTenant(
      tenantA,
      (db) =>
        db.$queryRaw<
          { role: string; tenant: string }[]
        >`SELECT current_user AS role, crm_current_tenant()::text AS tenant`,
    );
    expect(inside).toEqual([{ role: 'crm_app', tenant: tenantA }]);
  });

  it('sees only its own tenant and rejects writes into another', async () => {
    await t.db.withTenant(tenantA, (db) =>
      db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'vip' } }),
    );
    expect(await t.db.withTenant(tenantB, (db) => db.tag.findMany())).toEqual([]);
    const seenByA = await t.db.withTenant(tenantA, (db) => db.tag.findMany());
    expect(seenByA.map((tag) => tag.tenantId)).toEqual([tenantA]);
    await expect(
      t.db.withTenant(tenantB, (db) =>
        db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'x' } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('fails a cross-tenant insert with SQLSTATE 42501', async () => {
    const client = await t.db.pool.connect();
    try {
      await client.query(
        `BEGIN; SET LOCAL ROLE crm_app; SELECT set_config('app.tenant_id', '${tenantB}', true)`,
      );
      await expect(
        client.query('INSERT INTO "Tag" ("tenantId", "id", "name") VALUES ($1, $2, $3)', [
          tenantA,
          newId(),
          'y',
        ]),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
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

  it('keeps concurrent units on their own tenant (pglite-socket multiplexes the pool)', async () => {
    const seen = await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        const tenantId = i % 2 ? tenantA : tenantB;
        return t.db.withTenant(tenantId, async (db) => {
          await db.tag.create({ data: { tenantId, id: newId(), name: `c-${i}` } });
          return (await db.tag.findMany()).every((tag) => tag.tenantId === tenantId);
        });
      }),
    );
    expect(seen.every(Boolean)).toBe(true);
  });

  it('leaves no tenant setting or role on the pooled connection', async () => {
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
