import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyPlugin } from '../plugins/plugin-manifest.js';
import { createPluginRegistry } from '../plugins/plugin-registry.js';
import { pluginSchemaProblems, type CoreReference } from './schema/plugin-schema.js';
import { loadPrismaModel } from './schema/prisma-model.js';
import type { SqlOnlyIndex } from './schema/schema-diff.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface PluginSchemaSpec {
  /** The plugin: its migrations are applied after the core's, exactly as the app does. */
  plugin: AnyPlugin;
  /** `() => new PrismaClient({ adapter })` of the plugin's generated client (never connected). */
  pluginClient: () => object;
  /** Every table the plugin owns; each must reference Tenant (rows go with their tenant). */
  tables: readonly string[];
  /** Foreign keys into other core tables (Contact, Account, Deal, ...), with their reasons. */
  coreReferences?: readonly CoreReference[];
  sqlOnlyIndexes?: readonly SqlOnlyIndex[];
  /**
   * The self-check: SQL that breaks the schema (run in a transaction that is rolled back) and the
   * problems the check must then report, so that the check itself is shown able to fail.
   */
  selfCheck: {
    breakWith: string;
    problems: readonly string[];
    /** The core references to check with (e.g. one left out, to see it reported). */
    coreReferences?: (listed: readonly CoreReference[]) => readonly CoreReference[];
    sqlOnlyIndexes?: readonly SqlOnlyIndex[];
  };
}

/**
 * The schema test every plugin has, in one place: on a database migrated as the app migrates it,
 * the plugin's tables match its Prisma schema exactly and follow the tenancy rules (forced RLS with
 * the tenant policy, "tenantId" leading every key, core references listed); the listed tables are
 * exactly the plugin's; and the check reports a deliberate break. Call at a test file's top level.
 */
export function describePluginSchema(title: string, spec: PluginSchemaSpec): void {
  let t: TestDatabase;
  let client: pg.Client;
  const coreReferences: CoreReference[] = [
    ...spec.tables.map((table) => ({
      table,
      columns: ['tenantId'],
      refTable: 'Tenant',
      reason: 'rows go with their tenant',
    })),
    ...(spec.coreReferences ?? []),
  ];

  describe(title, () => {
    beforeAll(async () => {
      t = await createTestDatabase([...createPluginRegistry([spec.plugin]).migrations]);
      client = new pg.Client({ connectionString: t.url });
      await client.connect();
    });
    afterAll(async () => {
      await client.end();
      await t.drop();
    });

    it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
      expect(
        await pluginSchemaProblems(client, {
          pluginClient: spec.pluginClient(),
          coreReferences,
          sqlOnlyIndexes: spec.sqlOnlyIndexes ?? [],
        }),
      ).toEqual([]);
    });

    // With the first check (every table in the database has its model), the list is the plugin's tables.
    it('lists every table of its Prisma schema, and only those', () => {
      const { datamodel } = loadPrismaModel(spec.pluginClient());
      const models = datamodel.models.map((model) => model.dbName ?? model.name);
      expect([...spec.tables].sort()).toEqual(models.sort());
    });

    it('the check fails on drift and on broken tenancy rules (self-check)', async () => {
      await client.query('BEGIN');
      try {
        await client.query(spec.selfCheck.breakWith);
        const problems = await pluginSchemaProblems(client, {
          pluginClient: spec.pluginClient(),
          coreReferences: spec.selfCheck.coreReferences?.(coreReferences) ?? coreReferences,
          sqlOnlyIndexes: spec.selfCheck.sqlOnlyIndexes ?? spec.sqlOnlyIndexes ?? [],
        });
        expect(problems.sort()).toEqual([...spec.selfCheck.problems].sort());
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });
}
