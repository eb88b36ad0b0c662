import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantDb } from '../src/db/database.js';
import { newId } from '../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';
import { isMigrationHistoryTable, readDatabaseSchema } from '../src/testing/schema/catalog.js';
import type { SchemaShape, TableShape } from '../src/testing/schema/schema-shape.js';
import {
  ownedBy,
  roleAttributes,
  sequencesAndIdentities,
  tablePrivileges,
} from '../src/testing/schema/tenancy-catalog.js';
import {
  isTenantTable,
  rowSecurityProblems,
  tenantKeyProblems,
  type GlobalUniqueException,
} from '../src/testing/schema/tenancy-rules.js';

/** Tables without "tenantId": reached only by the auth and platform code. A new one must be added here on purpose. */
const globalTables = ['LoginThrottle', 'PasswordReset', 'Session', 'Tenant', 'User'];

/** Unique constraints of tenant tables that leave out "tenantId", each with the reason it is safe. */
const globalUniqueExceptions: GlobalUniqueException[] = [
  {
    table: 'Invitation',
    columns: ['tokenHash'],
    reason: 'global secret lookup: an invitation link is resolved before any tenant is known',
  },
  {
    table: 'ApiKey',
    columns: ['tokenHash'],
    reason: 'global secret lookup: an API key is resolved to its tenant at sign-in',
  },
  {
    table: 'Workflow',
    columns: ['hookTokenHash'],
    reason: 'global secret lookup: an inbound webhook call is resolved to its tenant by the token in its URL',
  },
];

let t: TestDatabase;
let owner: pg.Client;
let schema: SchemaShape;
let tenantTables: TableShape[];
const tenantA = newId();

beforeAll(async () => {
  t = await createTestDatabase();
  owner = new pg.Client({ connectionString: t.url });
  await owner.connect();
  schema = await readDatabaseSchema(owner);
  tenantTables = schema.tables.filter(isTenantTable);
  await t.db.withPlatform((db) =>
    db.tenant.create({ data: { id: tenantA, name: 'A', slug: `a-${tenantA}` } }),
  );
});
afterAll(async () => {
  await owner.end();
  await t.drop();
});

describe('tenancy rules on the live catalog', () => {
  it('(g) has no table without "tenantId" but the listed global tables', () => {
    expect(tenantTables.length).toBeGreaterThan(10);
    const global = schema.tables.filter((table) => !tenantTables.includes(table)).map((table) => table.name);
    expect(global.some(isMigrationHistoryTable)).toBe(false);
    expect(
      global.sort(),
      'tables without "tenantId" (add a deliberate global table to globalTables)',
    ).toEqual(globalTables);
  });

  it('(a) forces row-level security with the tenant policy on every tenant table', async () => {
    expect(await rowSecurityProblems(owner, tenantTables)).toEqual([]);
  });

  it('(b) leads every key with "tenantId" (Citus-ready)', () => {
    expect(tenantKeyProblems(schema, tenantTables, globalUniqueExceptions)).toEqual([]);
    const stale = globalUniqueExceptions.filter(
      (e) =>
        !schema.tables
          .find((tb) => tb.name === e.table)
          ?.indexes.some((i) => i.unique && i.columns.map((c) => c.column).join() === e.columns.join()),
    );
    expect(stale, 'exceptions that no longer exist').toEqual([]);
  });

  it('(c) crm_app cannot log in, is no superuser, cannot bypass RLS and owns nothing', async () => {
    expect(await roleAttributes(owner, 'crm_app')).toEqual({
      canLogin: false,
      superuser: false,
      bypassRls: false,
      createRole: false,
      createDb: false,
    });
    expect(await ownedBy(owner, 'crm_app')).toEqual([]);
  });

  it('(d) has no sequences, identity or serial columns (ids are UUIDv7 made by the application)', async () => {
    expect(await sequencesAndIdentities(owner)).toEqual([]);
  });
});

describe('(e) the audit log is append-only', () => {
  const auditId = newId();

  beforeAll(async () => {
    await t.db.withTenant(tenantA, (db) =>
      db.auditLog.create({
        data: { tenantId: tenantA, id: auditId, action: 'test.created', recordType: 'tag' },
      }),
    );
  });

  it('grants the application and system roles no UPDATE, DELETE or TRUNCATE on it', async () => {
    for (const role of ['crm_app', 'crm_system']) {
      expect(await tablePrivileges(owner, role, 'AuditLog', ['UPDATE', 'DELETE', 'TRUNCATE']), role).toEqual(
        [],
      );
    }
    expect(await tablePrivileges(owner, 'crm_app', 'AuditLog', ['SELECT', 'INSERT'])).toEqual([
      'SELECT',
      'INSERT',
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE inside a unit of work', async () => {
    const statements = [
      (db: TenantDb) => db.$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered'`,
      (db: TenantDb) => db.$executeRaw`DELETE FROM "AuditLog"`,
      (db: TenantDb) => db.$executeRaw`TRUNCATE "AuditLog"`,
    ];
    for (const statement of statements) {
      await expect(t.db.withTenant(tenantA, statement)).rejects.toThrow(/permission denied/);
    }
    const rows = await t.db.withTenant(tenantA, (db) => db.auditLog.findMany());
    expect(rows.map((row) => [row.id, row.action])).toEqual([[auditId, 'test.created']]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the owner (a superuser), through the trigger', async () => {
    await expect(owner.query(`UPDATE "AuditLog" SET "action" = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    const { rows } = await owner.query<{ action: string }>(
      `SELECT "action" FROM "AuditLog" WHERE "id" = $1`,
      [auditId],
    );
    expect(rows).toEqual([{ action: 'test.created' }]);
  });
});

describe('(f) no tenant set means no rows', () => {
  it('shows zero rows of every tenant table to a unit of work without a tenant', async () => {
    await t.db.withTenant(tenantA, async (db) => {
      await db.tag.create({ data: { tenantId: tenantA, id: newId(), name: 'vip' } });
      await db.account.create({ data: { tenantId: tenantA, id: newId(), name: 'Acme' } });
      await db.auditLog.create({ data: { tenantId: tenantA, id: newId(), action: 'test.visible' } });
    });
    // Tables the application role cannot read at all (only definer functions do) have nothing to show.
    const unreadable = await t.db.withPlatform(
      (db) =>
        db.$queryRaw<{ name: string }[]>`
        SELECT c."relname"::text AS "name" FROM pg_class c JOIN pg_namespace n ON n."oid" = c."relnamespace"
        WHERE n."nspname" = 'public' AND c."relkind" = 'r' AND c."relrowsecurity"
          AND NOT has_table_privilege('crm_app', c."oid", 'SELECT')`,
    );
    expect(unreadable.map((table) => table.name)).toEqual(['SearchWord']);
    type Counts = Record<string, number>;
    const counts = (run: (work: (db: TenantDb) => Promise<Counts>) => Promise<Counts>) =>
      run(async (db) => {
        const result: Counts = {};
        for (const table of tenantTables) {
          if (table.name === 'SearchWord') continue;
          const rows = await db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM "${table.name}"`,
          );
          result[table.name] = rows[0]?.n ?? -1;
        }
        return result;
      });
    const asTenant = await counts((work) => t.db.withTenant(tenantA, work));
    for (const table of ['Tag', 'Account', 'AuditLog']) expect(asTenant[table], table).toBeGreaterThan(0);
    const withoutTenant = await counts((work) => t.db.withPlatform(work));
    expect(Object.entries(withoutTenant).filter(([, n]) => n !== 0)).toEqual([]);
  });
});
