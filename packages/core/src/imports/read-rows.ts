import { createReadStream } from 'node:fs';
import { AppError } from '../errors/index.js';
import { checkHeader, csvRecords, type Delimiter } from './csv-reader.js';
import { MAX_STORED_ERRORS, type ImportCounts, type ImportRowError } from './import.schema.js';
import { buildRow, type RowPlan, type StagedRow } from './row-builder.js';

const BATCH = 1000;

/**
 * Where the valid rows of a file go, one batch at a time: the staging table, or the records
 * themselves. `failing` tells that an earlier row had an error, so the import will write nothing.
 */
export type RowSink = (rows: StagedRow[], failing: boolean) => Promise<void>;

export interface ReadResult {
  errors: ImportRowError[];
  errorRows: number;
}

/** Where a running import reports its counts (the caller writes them from outside the unit of work). */
export interface ImportProgress {
  report(counts: ImportCounts): void;
  /**
   * Stops reporting. Called inside the import's unit of work before the final status, so it must not
   * wait for a report written in another unit (on PGlite that waits for the import itself).
   */
  close(): Promise<void>;
}

/**
 * Reads the file row by row, validates each into the plan's values, and hands the valid rows to
 * `sink` in batches; the errors of invalid rows are kept (the first MAX_STORED_ERRORS). One batch is
 * handed over while the next is parsed, so the CSV parsing and the database each keep a core busy;
 * the sink is never called again before its last call has finished.
 */
export async function readRows(
  plan: RowPlan,
  path: string,
  delimiter: Delimiter,
  counts: ImportCounts,
  progress: ImportProgress,
  sink: RowSink,
): Promise<ReadResult> {
  const result: ReadResult = { errors: [], errorRows: 0 };
  let batch: StagedRow[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    const rows = batch;
    batch = [];
    inFlight = sink(rows, result.errorRows > 0).then(() => {
      progress.report({ ...counts });
    });
    // A failed write surfaces at the next flush; until then it must not count as unhandled.
    inFlight.catch(() => undefined);
  };
  for await (const record of csvRecords(createReadStream(path), delimiter)) {
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
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await inFlight;
  return result;
}
