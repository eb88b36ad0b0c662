import type { Queryable } from './catalog.js';
import type { SchemaShape, TableShape } from './schema-shape.js';
import { policies, rowSecurity, type Policy } from './tenancy-catalog.js';

/** A unique constraint of a tenant table that leaves out "tenantId", with the reason it is safe. */
export interface GlobalUniqueException {
  table: string;
  columns: string[];
  reason: string;
}

const TENANT = 'tenantId';
const tenantCondition = /^\(?"tenantId" = crm_current_tenant\(\)\)?$/;

export const isTenantTable = (table: TableShape): boolean => table.columns.some((c) => c.name === TENANT);

/**
 * (a) Row-level security enabled and forced with the tenant policy, and no other permissive policy,
 * on each of `tables`; one line per problem.
 */
export async function rowSecurityProblems(db: Queryable, tables: readonly TableShape[]): Promise<string[]> {
  const security = await rowSecurity(db);
  const all = await policies(db);
  return tables.flatMap((table) => {
    const found: string[] = [];
    const state = security.get(table.name);
    if (!state?.enabled) found.push('row-level security is not enabled');
    if (!state?.forced) found.push('row-level security is not forced (the owner would bypass it)');
    const own = all.filter((p) => p.table === table.name);
    const isTenantPolicy = (p: Policy) =>
      p.command === 'ALL' &&
      (p.roles.includes('public') || p.roles.includes('crm_app')) &&
      tenantCondition.test(p.using ?? '') &&
      tenantCondition.test(p.withCheck ?? '');
    if (!own.some(isTenantPolicy))
      found.push(
        'no policy FOR ALL (to PUBLIC or crm_app) with USING and WITH CHECK "tenantId" = crm_current_tenant()',
      );
    for (const p of own.filter((p) => p.permissive && !isTenantPolicy(p))) {
      found.push(
        `permissive policy ${p.name} (${p.command}) widens access: USING ${p.using ?? '-'} WITH CHECK ${p.withCheck ?? '-'}`,
      );
    }
    return found.map((problem) => `${table.name}: ${problem}`);
  });
}

/**
 * (b) "tenantId" uuid NOT NULL leading the primary key, in every unique constraint (but the listed
 * exceptions) and paired with "tenantId" in every foreign key to another tenant table.
 */
export function tenantKeyProblems(
  schema: SchemaShape,
  tables: readonly TableShape[],
  exceptions: readonly GlobalUniqueException[] = [],
): string[] {
  const tenantTables = schema.tables.filter(isTenantTable);
  return tables.flatMap((table) => {
    const found: string[] = [];
    const column = table.columns.find((c) => c.name === TENANT);
    if (column?.type !== 'uuid' || column.nullable) found.push('"tenantId" is not uuid NOT NULL');
    if (table.primaryKey?.columns[0] !== TENANT)
      found.push(
        `primary key (${table.primaryKey?.columns.join(', ') ?? 'none'}) does not start with "tenantId"`,
      );
    for (const index of table.indexes.filter((i) => i.unique)) {
      const columns = index.columns.map((c) => c.column);
      const excepted = exceptions.some((e) => e.table === table.name && e.columns.join() === columns.join());
      if (!columns.includes(TENANT) && !excepted)
        found.push(`unique ${index.name} (${columns.join(', ')}) leaves out "tenantId"`);
    }
    for (const fk of table.foreignKeys) {
      if (!tenantTables.some((other) => other.name === fk.refTable)) continue;
      const position = fk.columns.indexOf(TENANT);
      if (position < 0 || fk.refColumns[position] !== TENANT) {
        found.push(
          `foreign key (${fk.columns.join(', ')}) → ${fk.refTable}(${fk.refColumns.join(', ')}) does not pair "tenantId" with "tenantId"`,
        );
      }
    }
    return found.map((problem) => `${table.name}: ${problem}`);
  });
}
