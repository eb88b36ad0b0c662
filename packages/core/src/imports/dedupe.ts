import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';

const stagedKeys = Prisma.sql`(SELECT "rowNo", unnest("keys") AS "key" FROM crm_import_rows)`;

/**
 * Decides what each staged row does when the import deduplicates. `existingKeys` lists the keys
 * of the records the actor may read (`id`, `key`, `updatable`), e.g. `email:a@b.ru` for each
 * e-mail of each contact. A row matches an existing record when they share any key; it repeats
 * an earlier row of the file when they share any key.
 *
 * - mode `skip`: a row matching existing records, or repeating an earlier row, is skipped.
 * - mode `update`: a row matching exactly one existing record that the actor may update updates
 *   it; matching several, one the actor may not update, one that an earlier row already updates,
 *   or repeating an earlier row of the file is an error of that row.
 */
export async function classifyRows(
  ctx: TenantContext,
  existingKeys: Prisma.Sql,
  mode: 'skip' | 'update',
  noun: string,
): Promise<void> {
  await ctx.db.$executeRaw(Prisma.sql`
    UPDATE crm_import_rows r SET "matches" = m.n, "targetId" = m.target, "updatable" = m.updatable
    FROM (
      SELECT k."rowNo", count(DISTINCT e."id")::integer AS n, min(e."id"::text)::uuid AS target,
             bool_and(e."updatable") AS updatable
      FROM ${stagedKeys} k JOIN (${existingKeys}) e ON e."key" = k."key"
      GROUP BY k."rowNo"
    ) m
    WHERE r."rowNo" = m."rowNo"`);
  await ctx.db.$executeRaw(Prisma.sql`
    UPDATE crm_import_rows r SET "firstRow" = d.first
    FROM (
      SELECT k."rowNo", min(f.first) AS first
      FROM ${stagedKeys} k
      JOIN (SELECT x."key", min(x."rowNo") AS first FROM ${stagedKeys} x GROUP BY x."key") f ON f."key" = k."key"
      WHERE f.first < k."rowNo"
      GROUP BY k."rowNo"
    ) d
    WHERE r."rowNo" = d."rowNo"`);
  if (mode === 'skip') {
    await ctx.db
      .$executeRaw`UPDATE crm_import_rows SET "action" = 'skip' WHERE "matches" > 0 OR "firstRow" IS NOT NULL`;
    return;
  }
  await ctx.db.$executeRaw(Prisma.sql`
    UPDATE crm_import_rows r SET
      "action" = CASE WHEN v.problem IS NULL THEN CASE WHEN r."matches" = 1 THEN 'update' ELSE 'create' END ELSE 'error' END,
      "problem" = v.problem
    FROM (
      SELECT s."rowNo", CASE
        WHEN s."firstRow" IS NOT NULL THEN 'repeats row ' || s."firstRow" || ' of this file'
        WHEN s."matches" > 1 THEN 'matches ' || s."matches" || ' existing ' || ${noun}::text || 's; it must match one'
        WHEN s."matches" = 1 AND NOT s."updatable" THEN 'matches an existing ' || ${noun}::text || ' you may not change'
        WHEN s."matches" = 1 AND s.first_for_target < s."rowNo"
          THEN 'matches the same ' || ${noun}::text || ' as row ' || s.first_for_target
      END AS problem
      FROM (
        SELECT t.*, min(t."rowNo") FILTER (WHERE t."matches" = 1) OVER (PARTITION BY t."targetId") AS first_for_target
        FROM crm_import_rows t
      ) s
    ) v
    WHERE r."rowNo" = v."rowNo"`);
}
