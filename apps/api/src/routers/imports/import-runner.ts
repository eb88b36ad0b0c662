import { rm } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, imports, type Database } from '@crm/core';
import type { RequestContext } from '../../trpc/context.js';
import { runInTenantUnit } from '../../trpc/tenant-unit.js';

export interface ImportTask {
  importId: string;
  tenantId: string;
  path: string;
  /** The upload's request: the job acts with the same credential, re-checked when it starts. */
  facts: Pick<RequestContext, 'services' | 'credentials' | 'requestId' | 'ip'>;
}

const PROGRESS_EVERY_MS = 250;

interface ProgressReporter extends imports.ImportProgress {
  /** Resolves once no report is being written; awaited outside the import's unit of work. */
  settled(): Promise<void>;
}

/**
 * Writes the latest counts of a running import every PROGRESS_EVERY_MS, each time in its own
 * short unit of work: the import's own unit stays uncommitted until the end, so this is how other
 * requests see its progress. Created outside any unit of work (timers keep the context they are
 * created in), and closed before the import writes its final status.
 */
function progressReporter(database: Database, tenantId: string, importId: string): ProgressReporter {
  let latest: imports.ImportCounts | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let closed = false;
  const timer = setInterval(() => {
    if (!latest) return;
    const counts = latest;
    latest = null;
    inFlight = inFlight
      .then(() =>
        database.withTenant(tenantId, (db) => imports.reportImportProgress(db, tenantId, importId, counts)),
      )
      .catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  timer.unref();
  return {
    report(counts) {
      if (!closed) latest = counts;
    },
    close() {
      // Called inside the import's unit of work, so it must not wait for a report, which runs in a unit
      // of its own: on PGlite the import's open transaction holds the only backend, that report cannot
      // start before the import ends, and waiting for it would hang both. A report landing after the
      // final status changes nothing (it only updates an import still 'running').
      closed = true;
      clearInterval(timer);
      return Promise.resolve();
    },
    settled: () => inFlight,
  };
}

function failureOf(error: unknown): imports.ImportRowError {
  const message =
    error instanceof AppError && error.code !== 'INTERNAL'
      ? error.message
      : 'The import failed on our side; nothing was written';
  return { row: 0, field: '', message };
}

export interface ImportRunnerOptions {
  heartbeatMs: number;
  abandonedAfterMs: number;
}

export interface ImportRunner {
  enqueue(task: ImportTask): void;
  /** Waits for the running import; queued ones are marked failed. */
  close(): Promise<void>;
}

/**
 * Runs uploaded imports in this process, one at a time, in upload order. A job that throws is
 * rolled back whole and its import marked failed (audited) in a fresh unit of work.
 *
 * A process that dies cannot mark its imports failed, so they would stay pending or running for
 * ever. The runner therefore touches its queued and running imports every `heartbeatMs`, and sweeps
 * (in every tenant, see imports.failAbandonedImports) those no process has touched for
 * `abandonedAfterMs`, at start and then every heartbeat. Any number of API processes may do both.
 */
export function createImportRunner(
  log: FastifyBaseLogger,
  database: Database,
  options: ImportRunnerOptions = {
    heartbeatMs: imports.IMPORT_HEARTBEAT_MS,
    abandonedAfterMs: imports.IMPORT_ABANDONED_AFTER_MS,
  },
): ImportRunner {
  const queue: ImportTask[] = [];
  let active: Promise<void> | null = null;
  let activeTask: ImportTask | null = null;
  let closing = false;

  const sweep = () =>
    imports
      .failAbandonedImports(database, options.abandonedAfterMs)
      .then((ended) => {
        if (ended > 0) log.warn({ ended }, 'imports abandoned by a stopped process were marked failed');
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'could not sweep abandoned imports');
      });
  let beating: Promise<void> = sweep();
  const heartbeat = setInterval(() => {
    const alive = [...(activeTask ? [activeTask] : []), ...queue];
    beating = beating
      .then(() => imports.touchImports(database, alive))
      .then(sweep)
      .catch((error: unknown) => {
        log.error({ err: error }, 'could not touch running imports');
      });
  }, options.heartbeatMs);
  heartbeat.unref();

  async function fail(task: ImportTask, error: unknown): Promise<void> {
    const { database } = task.facts.services;
    try {
      await runInTenantUnit(task.facts, (tenant) =>
        imports.failImport(tenant, task.importId, failureOf(error)),
      );
    } catch {
      // The credential is gone (revoked, signed out): record the failure without an actor.
      await database.withTenant(task.tenantId, (db) =>
        db.import.updateMany({
          where: { tenantId: task.tenantId, id: task.importId },
          data: { status: 'failed', finishedAt: new Date(), updatedAt: new Date() },
        }),
      );
    }
  }

  async function execute(task: ImportTask): Promise<void> {
    const { database } = task.facts.services;
    const progress = progressReporter(database, task.tenantId, task.importId);
    try {
      await database.withTenant(task.tenantId, (db) =>
        imports.markImportRunning(db, task.tenantId, task.importId),
      );
      await runInTenantUnit(task.facts, async (tenant) => {
        await imports.runImport(tenant, { importId: task.importId, path: task.path, progress });
      });
    } catch (error) {
      await progress.close();
      await progress.settled();
      if (!(error instanceof AppError) || error.code === 'INTERNAL')
        log.error({ err: error, importId: task.importId }, 'import failed');
      await fail(task, error).catch((e: unknown) => {
        log.error({ err: e, importId: task.importId }, 'could not record a failed import');
      });
    } finally {
      // The import's unit has ended: the last report can be waited for now (closing waits for this).
      await progress.settled();
      await rm(task.path, { force: true });
    }
  }

  function pump(): void {
    if (active || closing) return;
    const task = queue.shift();
    if (!task) return;
    activeTask = task;
    active = execute(task).finally(() => {
      active = null;
      activeTask = null;
      pump();
    });
  }

  return {
    enqueue(task) {
      queue.push(task);
      pump();
    },
    async close() {
      closing = true;
      clearInterval(heartbeat);
      await active;
      await beating;
      for (const task of queue.splice(0)) {
        await fail(
          task,
          new AppError('CONFLICT', 'The server stopped before the import started; upload the file again'),
        ).catch(() => undefined);
        await rm(task.path, { force: true });
      }
    },
  };
}
