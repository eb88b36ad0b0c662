import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { isMigrationHistoryTable, readDatabaseSchema, type Queryable } from './catalog.js';
import { expectedSchema, loadPrismaModel, unsupportedFields } from './prisma-model.js';
import { diffSchemas, type SqlOnlyIndex } from './schema-diff.js';
import type { SchemaShape } from './schema-shape.js';
import { isTenantTable, rowSecurityProblems, tenantKeyProblems } from './tenancy-rules.js';

/**
 * A foreign key from a plugin table to a core table (Tenant, Account, ...). Prisma cannot declare
 * it (the core's model is not in the plugin's schema), so it is listed here with its reason.
 */
export interface CoreReference {
  table: string;
  columns: string[];
  refTable: string;
  reason: string;
}

export interface PluginSchemaOptions {
  /** A never-used instance of the plugin's generated Prisma client (nothing is sent). */
  pluginClient: object;
  coreReferences: readonly CoreReference[];
  sqlOnlyIndexes?: readonly SqlOnlyIndex[];
}

const unusedUrl = 'postgres://unused@127.0.0.1/unused';

/** The tables of the core's Prisma schema. */
function coreTables(): Set<string> {
  const { datamodel } = loadPrismaModel(
    new PrismaClient({ adapter: new PrismaPg({ connectionString: unusedUrl }) }),
  );
  return new Set(datamodel.models.map((model) => model.dbName ?? model.name));
}

/**
 * Everything wrong with a plugin's tables in a database migrated with the core's and the plugin's
 * migrations: drift between the plugin's Prisma schema and its tables (every table the migrations
 * added needs a model), foreign keys into core tables not listed (or listed but missing), and the
 * tenancy rules (forced RLS with the tenant policy, "tenantId" leading every key). Empty when fine.
 */
export async function pluginSchemaProblems(db: Queryable, options: PluginSchemaOptions): Promise<string[]> {
  const { datamodel, schema, runtimeProblems } = loadPrismaModel(options.pluginClient);
  const expected = expectedSchema(datamodel, unsupportedFields(schema));
  const core = coreTables();
  const database = await readDatabaseSchema(db);
  const problems = [...runtimeProblems];
  const listed = (table: string, columns: string[], refTable: string) =>
    options.coreReferences.find(
      (r) => r.table === table && r.refTable === refTable && r.columns.join() === columns.join(),
    );
  const seen = new Set<CoreReference>();
  const rawPluginTables = database.tables.filter(
    (table) => !core.has(table.name) && !isMigrationHistoryTable(table.name),
  );
  const pluginTables = rawPluginTables.map((table) => ({
    ...table,
    foreignKeys: table.foreignKeys.filter((fk) => {
      if (!core.has(fk.refTable)) return true;
      const reference = listed(table.name, fk.columns, fk.refTable);
      if (reference) seen.add(reference);
      else
        problems.push(
          `${table.name}: foreign key (${fk.columns.join(', ')}) → core table ${fk.refTable} is not listed in coreReferences`,
        );
      return false;
    }),
  }));
  for (const reference of options.coreReferences.filter((r) => !seen.has(r))) {
    problems.push(
      `${reference.table}: listed core reference (${reference.columns.join(', ')}) → ${reference.refTable} does not exist`,
    );
  }
  const actual: SchemaShape = { tables: pluginTables };
  problems.push(...diffSchemas(expected, actual, [...(options.sqlOnlyIndexes ?? [])]));
  for (const table of pluginTables.filter((t) => !isTenantTable(t))) {
    problems.push(`${table.name}: a plugin table needs "tenantId" (plugins own no global tables)`);
  }
  // Key rules on the tables as they are, foreign keys into the core included.
  const tenantTables = rawPluginTables.filter(isTenantTable);
  problems.push(...(await rowSecurityProblems(db, tenantTables)));
  problems.push(...tenantKeyProblems(database, tenantTables));
  return problems;
}
