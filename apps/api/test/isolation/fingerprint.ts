import type { TestApp } from '../support/test-app.js';

/**
 * A fingerprint of everything a tenant owns, read with the system role: must not change under attack.
 * Every table with a "tenantId" column takes part, found in the catalog at run time, so a table added
 * by core or a plugin is covered without being listed here.
 */
export async function tenantFingerprint(h: TestApp, tenantId: string): Promise<string> {
  return h.t.db.withSystemRoleAcrossTenants(async (db) => {
    const tables = await db.$queryRaw<{ table: string }[]>`
      SELECT c.table_name AS "table"
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = current_schema() AND c.column_name = 'tenantId' AND t.table_type = 'BASE TABLE'
       ORDER BY c.table_name`;
    const parts: string[] = [];
    for (const { table } of tables) {
      const rows = await db.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t WHERE "tenantId" = $1::uuid`,
        tenantId,
      );
      parts.push(`${table}:${rows[0]?.digest ?? 'empty'}`);
    }
    if (tables.length < 60) throw new Error(`only ${String(tables.length)} tenant tables found`);
    return parts.join('\n');
  });
}
