import { createReadStream } from 'node:fs';
import { ownerScopeOf } from '../search/owner-scope.js';
import { AppError } from '../errors/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { checkHeader, csvRecords, type Delimiter } from './csv-reader.js';
import { classifyRows } from './dedupe.js';
import { authorizeImport, finishImport, subjectOf, type ImportOutcome } from './import-record.js';
import { rowPlanOf, storedOptions } from './import-plan.js';
import {
  importObjectTypes,
  MAX_STORED_ERRORS,
  type ImportCounts,
  type ImportObjectType,
  type ImportOptions,
  type ImportRowError,
} from './import.schema.js';
import { objectWriters, stagedCreates, type SqlScopes } from './object-writers.js';
import { readRows, type ImportProgress } from './read-rows.js';
import type { RowPlan } from './row-builder.js';
import {
  actionCounts,
  batchSource,
  createStagingTable,
  lastStagedRow,
  stagedProblems,
  stageRows,
} from './staging.js';

const WRITE_BATCH = 5000;

export type { ImportProgress };

export interface ImportJob {
  importId: string;
  /** The uploaded file, UTF-8. */
  path: string;
  progress: ImportProgress;
}

function sqlScopes(ctx: TenantContext, objectType: ImportObjectType): SqlScopes {
  const owners = (action: 'read' | 'update') => {
    const scope = ownerScopeOf(ctx.ability, action, subjectOf[objectType]);
    return scope.kind === 'all' ? null : scope.kind === 'owners' ? scope.ownerIds : [];
  };
  return { read: owners('read'), update: owners('update') };
}

async function writeRows(
  ctx: TenantContext,
  objectType: ImportObjectType,
  counts: ImportCounts,
  progress: ImportProgress,
): Promise<void> {
  const writer = objectWriters[objectType];
  const last = await lastStagedRow(ctx);
  for (let from = 0; from <= last; from += WRITE_BATCH) {
    const range = { from, to: from + WRITE_BATCH - 1 };
    counts.createdRows += await writer.insert(ctx, stagedCreates(range));
    counts.updatedRows += await writer.update(ctx, range);
    progress.report({ ...counts });
  }
}

/** One import's reading and writing: the record type, the column plan, the file and its counts. */
interface ImportPass {
  objectType: ImportObjectType;
  plan: RowPlan;
  job: ImportJob;
  delimiter: Delimiter;
  counts: ImportCounts;
}

/**
 * With deduplication, or for a dry run: every valid row goes to the staging table first, duplicates
 * are decided in SQL, and only if no row has an error are the records written, set-based in ranges.
 */
async function stageThenWrite(
  ctx: TenantContext,
  pass: ImportPass & { dryRun: boolean; dedupe: ImportOptions['dedupe'] },
): Promise<ImportRowError[]> {
  const { objectType, counts, dedupe } = pass;
  await createStagingTable(ctx);
  const read = await readRows(pass.plan, pass.job.path, pass.delimiter, counts, pass.job.progress, (rows) =>
    stageRows(ctx, rows),
  );
  const errors = read.errors;
  if (dedupe) {
    await classifyRows(
      ctx,
      objectWriters[objectType].existingKeys(ctx, dedupe.by, sqlScopes(ctx, objectType)),
      dedupe.mode,
      objectType,
    );
    for (const problem of await stagedProblems(ctx, MAX_STORED_ERRORS))
      errors.push({ row: problem.row, field: 'dedupe', message: problem.problem });
    errors.sort((x, y) => x.row - y.row);
  }
  const actions = await actionCounts(ctx);
  counts.skippedRows = actions.skip ?? 0;
  counts.errorRows = read.errorRows + (actions.error ?? 0);
  if (pass.dryRun) {
    counts.createdRows = actions.create ?? 0;
    counts.updatedRows = actions.update ?? 0;
  } else if (counts.errorRows === 0) {
    await writeRows(ctx, objectType, counts, pass.job.progress);
  }
  return errors;
}

/**
 * Without deduplication every valid row is a new record: each batch is written as soon as it is read
 * (no staging table), behind a savepoint. The first invalid row stops the writing; once the whole file
 * has been read for its errors, what was written is rolled back to the savepoint. Still all or nothing,
 * and never visible to others before the commit.
 */
async function writeAsRead(ctx: TenantContext, pass: ImportPass): Promise<ImportRowError[]> {
  const { counts } = pass;
  const writer = objectWriters[pass.objectType];
  await ctx.db.$executeRaw`SAVEPOINT crm_import_write`;
  const read = await readRows(
    pass.plan,
    pass.job.path,
    pass.delimiter,
    counts,
    pass.job.progress,
    async (rows, failing) => {
      if (!failing && rows.length > 0) counts.createdRows += await writer.insert(ctx, batchSource(rows));
    },
  );
  counts.errorRows = read.errorRows;
  if (read.errorRows > 0) {
    await ctx.db.$executeRaw`ROLLBACK TO SAVEPOINT crm_import_write`;
    counts.createdRows = 0;
  }
  return read.errors;
}

/**
 * Runs an uploaded import inside the caller's unit of work, all or nothing: every row is parsed
 * and validated (streamed, in batches); with deduplication or for a dry run through a staging table
 * (`stageThenWrite`), otherwise written as it is read (`writeAsRead`) — all in one transaction with
 * RLS, ending with the import's final status. A dry run writes no records.
 */
export async function runImport(ctx: TenantContext, job: ImportJob): Promise<ImportOutcome> {
  const stored = await ctx.db.import.findFirst({
    where: { tenantId: ctx.actor.tenantId, id: job.importId },
    select: { objectType: true, dryRun: true, totalRows: true, options: true },
  });
  if (!stored) throw AppError.notFound('Import');
  const objectType = importObjectTypes.find((type) => type === stored.objectType);
  if (!objectType) throw new AppError('INTERNAL', 'Unknown import object type');
  authorizeImport(ctx, objectType);
  // One import of a record type per tenant at a time, so two files cannot both create the same record.
  await ctx.db.$executeRaw(
    Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`crm-import:${ctx.actor.tenantId}:${objectType}`}, 0))`,
  );
  const options = storedOptions(stored.options);
  const delimiter = options.delimiter ?? ',';
  const plan = await rowPlanOf(ctx, objectType, options, await headerOf(job.path, delimiter));
  const counts: ImportCounts = {
    totalRows: stored.totalRows,
    processedRows: 0,
    createdRows: 0,
    updatedRows: 0,
    skippedRows: 0,
    errorRows: 0,
  };
  const errors =
    options.dedupe || stored.dryRun
      ? await stageThenWrite(ctx, {
          ...{ objectType, plan, job, delimiter, counts },
          dryRun: stored.dryRun,
          dedupe: options.dedupe,
        })
      : await writeAsRead(ctx, { objectType, plan, job, delimiter, counts });
  const outcome: ImportOutcome = {
    status: stored.dryRun || counts.errorRows === 0 ? 'completed' : 'failed',
    counts,
    errors,
  };
  await job.progress.close();
  await finishImport(ctx, job.importId, outcome, stored.dryRun);
  return outcome;
}

async function headerOf(path: string, delimiter: Delimiter): Promise<string[]> {
  for await (const record of csvRecords(createReadStream(path), delimiter)) return checkHeader(record.cells);
  return checkHeader(undefined);
}
