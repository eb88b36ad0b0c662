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
  type ImportRowError,
} from './import.schema.js';
import { objectWriters, type SqlScopes } from './object-writers.js';
import { buildRow, type RowPlan, type StagedRow } from './row-builder.js';
import { actionCounts, createStagingTable, lastStagedRow, stagedProblems, stageRows } from './staging.js';

const STAGE_BATCH = 1000;
const WRITE_BATCH = 5000;

/** Where a running import reports its counts (the caller writes them from outside the unit of work). */
export interface ImportProgress {
  report(counts: ImportCounts): void;
  /**
   * Stops reporting. Called inside the import's unit of work before the final status, so it must not
   * wait for a report written in another unit (on PGlite that waits for the import itself).
   */
  close(): Promise<void>;
}

export interface ImportJob {
  importId: string;
  /** The uploaded file, UTF-8. */
  path: string;
  progress: ImportProgress;
}

interface ReadResult {
  errors: ImportRowError[];
  errorRows: number;
}

async function readAndStage(
  ctx: TenantContext,
  plan: RowPlan,
  job: ImportJob,
  delimiter: Delimiter,
  counts: ImportCounts,
): Promise<ReadResult> {
  const result: ReadResult = { errors: [], errorRows: 0 };
  let batch: StagedRow[] = [];
  // One batch is written while the next is parsed: the database and the CSV parsing each keep a core
  // busy. At most one statement is in flight on the unit of work's connection at a time.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    const staged = batch;
    const reported = { ...counts };
    batch = [];
    inFlight = stageRows(ctx, staged).then(() => {
      job.progress.report(reported);
    });
    // A failed write surfaces at the next flush; until then it must not count as unhandled.
    inFlight.catch(() => undefined);
  };
  for await (const record of csvRecords(createReadStream(job.path), delimiter)) {
    if (record.row === 1) {
      if (checkHeader(record.cells).length !== plan.headerLength)
        throw new AppError('BAD_REQUEST', 'The file changed since it was checked');
      continue;
    }
    counts.processedRows += 1;
    const built = buildRow(plan, record);
    if ('staged' in built) batch.push(built.staged);
    else {
      result.errorRows += 1;
      result.errors.push(...built.errors.slice(0, MAX_STORED_ERRORS - result.errors.length));
    }
    if (batch.length >= STAGE_BATCH) await flush();
  }
  await flush();
  await inFlight;
  return result;
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
    counts.createdRows += await writer.insert(ctx, range);
    counts.updatedRows += await writer.update(ctx, range);
    progress.report({ ...counts });
  }
}

/**
 * Runs an uploaded import inside the caller's unit of work, all or nothing: every row is parsed
 * and validated into a staging table (streamed, in batches), duplicates are decided in SQL, and
 * only if no row has an error are the records written (set-based, in ranges) — all in one
 * transaction with RLS, ending with the import's final status. A dry run stops before writing.
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
  await createStagingTable(ctx);
  const read = await readAndStage(ctx, plan, job, delimiter, counts);
  const errors = read.errors;
  if (options.dedupe) {
    await classifyRows(
      ctx,
      objectWriters[objectType].existingKeys(ctx, options.dedupe.by, sqlScopes(ctx, objectType)),
      options.dedupe.mode,
      objectType,
    );
    for (const problem of await stagedProblems(ctx, MAX_STORED_ERRORS))
      errors.push({ row: problem.row, field: 'dedupe', message: problem.problem });
    errors.sort((x, y) => x.row - y.row);
  }
  const actions = await actionCounts(ctx);
  counts.skippedRows = actions.skip ?? 0;
  counts.errorRows = read.errorRows + (actions.error ?? 0);
  if (stored.dryRun) {
    counts.createdRows = actions.create ?? 0;
    counts.updatedRows = actions.update ?? 0;
  } else if (counts.errorRows === 0) {
    await writeRows(ctx, objectType, counts, job.progress);
  }
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
