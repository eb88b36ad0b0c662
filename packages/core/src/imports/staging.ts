import { newId } from '../ids.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import type { InsertSource } from './object-writers.js';
import type { StagedRow } from './row-builder.js';

/**
 * The staging table of one import: a temporary table of the unit of work's connection, dropped
 * at commit or rollback, that holds every valid row (its new id, values, dedupe keys) until the
 * import decides what each row does (`create`, `update`, `skip`, `error`) and writes them.
 */
export async function createStagingTable(ctx: TenantContext): Promise<void> {
  await ctx.db.$executeRaw`
    CREATE TEMP TABLE crm_import_rows (
      "rowNo"    integer PRIMARY KEY,
      "id"       uuid NOT NULL,
      "data"     jsonb NOT NULL,
      "keys"     text[] NOT NULL,
      "action"   text NOT NULL DEFAULT 'create',
      "targetId" uuid,
      "problem"  text,
      -- Filled by dedupe: existing records matched, whether the actor may update them, and the
      -- first earlier row of the file that shares a key with this one.
      "matches"   integer NOT NULL DEFAULT 0,
      "updatable" boolean,
      "firstRow"  integer
    ) ON COMMIT DROP`;
}

/** A batch of valid rows as an insert's source, without the staging table (imports that write as they read). */
export function batchSource(rows: StagedRow[]): InsertSource {
  return Prisma.sql`(SELECT t.i AS "id", t.d AS "data"
    FROM unnest(${rows.map(() => newId())}::uuid[], ${rows.map((r) => JSON.stringify(r.data))}::jsonb[]) AS t(i, d)) r`;
}

/** Adds a batch of valid rows in one statement. */
export async function stageRows(ctx: TenantContext, rows: StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.$executeRaw(Prisma.sql`
    INSERT INTO crm_import_rows ("rowNo", "id", "data", "keys")
    SELECT t.r, t.i, t.d, ARRAY(SELECT jsonb_array_elements_text(t.k))
    FROM unnest(${rows.map((r) => r.row)}::integer[], ${rows.map(() => newId())}::uuid[],
                ${rows.map((r) => JSON.stringify(r.data))}::jsonb[], ${rows.map((r) => JSON.stringify(r.keys))}::jsonb[])
      AS t(r, i, d, k)`);
}

/** Staged rows per action. */
export async function actionCounts(ctx: TenantContext): Promise<Record<string, number>> {
  const rows = await ctx.db.$queryRaw<{ action: string; count: number }[]>`
    SELECT "action", count(*)::integer AS "count" FROM crm_import_rows GROUP BY "action"`;
  return Object.fromEntries(rows.map((row) => [row.action, row.count]));
}

/** The rows that dedupe turned into errors, first ones first. */
export async function stagedProblems(
  ctx: TenantContext,
  limit: number,
): Promise<{ row: number; problem: string }[]> {
  return ctx.db.$queryRaw<{ row: number; problem: string }[]>`
    SELECT "rowNo" AS "row", "problem" FROM crm_import_rows WHERE "action" = 'error' ORDER BY "rowNo" LIMIT ${limit}::integer`;
}

/** The highest staged row number (the end of the ranges writes go through). */
export async function lastStagedRow(ctx: TenantContext): Promise<number> {
  const rows = await ctx.db.$queryRaw<
    { last: number | null }[]
  >`SELECT max("rowNo") AS "last" FROM crm_import_rows`;
  return rows[0]?.last ?? 0;
}
