import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { appRouter } from '../../src/router.js';

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  t = await createTestDatabase([...installedPluginRegistry.migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

interface ProcedureMeta {
  _def: { meta?: { openapi?: { path: string } } };
}

describe('the installed plugins together', () => {
  it('migrate after the core, each with its own history table', async () => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'migrations_%' ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      ['migrations_core', ...installedPluginRegistry.plugins.map((p) => `migrations_plugin_${p.id}`)].sort(),
    );
  });

  it('keep every tenant table (core and plugins) under forced RLS with "tenantId" leading its keys', async () => {
    const schema = await schemaCheck.readDatabaseSchema(client);
    const tenantTables = schema.tables.filter(schemaCheck.isTenantTable);
    expect(tenantTables.some((table) => table.name.startsWith('Logistics'))).toBe(true);
    expect(await schemaCheck.rowSecurityProblems(client, tenantTables)).toEqual([]);
    const exceptions = [
      { table: 'Invitation', columns: ['tokenHash'], reason: 'global secret lookup' },
      { table: 'ApiKey', columns: ['tokenHash'], reason: 'global secret lookup' },
      { table: 'Workflow', columns: ['hookTokenHash'], reason: 'global secret lookup (inbound webhooks)' },
    ];
    expect(schemaCheck.tenantKeyProblems(schema, tenantTables, exceptions)).toEqual([]);
  });

  it("serve each plugin's REST routes under /<plugin id>/ only, and its tRPC procedures under plugins.<id>", () => {
    const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>);
    const pluginIds = installedPluginRegistry.plugins.map((p) => p.id);
    const problems: string[] = [];
    for (const [path, procedure] of procedures) {
      const rest = (procedure as ProcedureMeta)._def.meta?.openapi?.path;
      const owner = /^plugins\.([^.]+)\./.exec(path)?.[1];
      if (owner && rest && !rest.startsWith(`/${owner}/`))
        problems.push(`${path}: REST ${rest} outside /${owner}/`);
      const claimed = pluginIds.find((id) => rest?.startsWith(`/${id}/`));
      if (!owner && claimed)
        problems.push(`${path}: core route ${rest ?? ''} inside plugin ${claimed}'s prefix`);
    }
    expect(problems).toEqual([]);
    expect(procedures.filter(([path]) => path.startsWith('plugins.logistics.')).length).toBeGreaterThan(10);
  });
});
