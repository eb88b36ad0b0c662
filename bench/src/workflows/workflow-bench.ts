import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreMigrations, createDatabase, migrate, newId } from '@crm/core';
import {
  createTemporalClient,
  findTemporalCli,
  startTemporalDevServer,
  startWorkflowOnce,
  tenantWorkflowId,
  type TemporalClient,
} from '@crm/core/workflow-engine';
import { freshDatabase } from '../postgres.js';
import { createTenant, pool, round, TASK_QUEUE } from './bench-kit.js';
import { prepareInterpreterRun, probeRun, type SimpleRun } from './simple-run.js';
import { measureTriggerLatency } from './trigger-latency.js';
import { holdWaitingRuns } from './waiting-runs.js';
import { startWorkerProcess, type WorkerProcess } from './worker-process.js';

export interface WorkflowBenchOptions {
  /** Record writes whose trigger-to-first-step latency is measured (after 20 warm-up ones). */
  triggers: number;
  /** Record writes per second while measuring latency (below the server's capacity: latency, not queueing). */
  triggerRate: number;
  /** Runs of each kind in the throughput comparison. */
  throughputRuns: number;
  /** Runs left waiting on a timer at the same time (target 10,000: `--waiting-runs=10000`). */
  waitingRuns: number;
}

export interface WorkflowBenchResult {
  triggerLatency: { samples: number; p50: number; p95: number; max: number; targetP95: number };
  throughput: {
    runs: number;
    noopPerSecond: number;
    simplePerSecond: number;
    ratio: number;
    target: number;
    simpleRun: string;
    /** The runtime's floor (one idempotent activity), next to the product's simple run. */
    probePerSecond: number;
    probeRatio: number;
  };
  waiting: {
    requested: number;
    running: number;
    startSeconds: number;
    completed: number;
    failed: number;
    drainSeconds: number;
    target: number;
  };
  workerMemoryMiB: { idle: number | null; afterWaiting: number | null; peak: number | null };
}

const NAMESPACE = 'crm-bench';

async function runsPerSecond(
  temporal: TemporalClient,
  tenantId: string,
  runs: number,
  workflowType: string,
  args: (tenantId: string) => unknown[],
): Promise<number> {
  const ids = Array.from({ length: runs }, () => tenantWorkflowId(tenantId, 'bench', newId()));
  const started = performance.now();
  await pool(ids, 32, async (workflowId) => {
    await startWorkflowOnce(temporal.client, {
      tenantId,
      workflowId,
      workflowType,
      args: args(tenantId),
      taskQueue: TASK_QUEUE,
    });
  });
  await pool(ids, 64, async (workflowId) => {
    await temporal.client.workflow.getHandle(workflowId).result();
  });
  return round(runs / ((performance.now() - started) / 1000));
}

/**
 * The workflow benchmark: a dev server on a SQLite file (as `pnpm start` runs it), the production worker
 * entry in its own process, the outbox relay in this one, PostgreSQL from the main benchmark.
 */
export async function runWorkflowBenchmark(
  serverUrl: string,
  options: WorkflowBenchOptions,
  log: (line: string) => void,
): Promise<WorkflowBenchResult> {
  const repoTools = fileURLToPath(new URL('../../../.tools/temporal', import.meta.url));
  const executable = findTemporalCli({ extraPaths: [repoTools] });
  if (!executable)
    throw new Error('The workflow benchmark needs the Temporal CLI: bash scripts/ci/install-temporal.sh');
  const url = await freshDatabase(serverUrl, 'crm_bench_workflows');
  await migrate(url, [coreMigrations]);
  const database = createDatabase({ url, poolSize: 8 });
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-temporal-'));
  const server = await startTemporalDevServer({
    executable,
    namespace: NAMESPACE,
    dbFilename: join(dir, 'temporal.sqlite'),
  });
  const temporal = createTemporalClient({ address: server.address, namespace: NAMESPACE });
  let worker: WorkerProcess | undefined;
  try {
    const tenantId = await createTenant(database, 'Bench workflows');
    worker = await startWorkerProcess({
      DATABASE_URL: url,
      DB_POOL_SIZE: '10',
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_NAMESPACE: NAMESPACE,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    });
    const idle = worker.memoryMiB().rss;

    log(
      `(d) workflows: trigger-to-first-step latency over ${options.triggers} record writes at ${options.triggerRate}/s...`,
    );
    const triggerLatency = await measureTriggerLatency(
      database,
      url,
      temporal,
      tenantId,
      options.triggers,
      options.triggerRate,
    );

    log(`(d) workflows: ${options.throughputRuns} noop runs, probe runs, then interpreter runs...`);
    await runsPerSecond(temporal, tenantId, 50, 'noopWorkflow', (t) => [{ tenantId: t }]); // warm-up
    const noopPerSecond = await runsPerSecond(
      temporal,
      tenantId,
      options.throughputRuns,
      'noopWorkflow',
      (t) => [{ tenantId: t }],
    );
    const probePerSecond = await runsPerSecond(
      temporal,
      tenantId,
      options.throughputRuns,
      probeRun.workflowType,
      (t) => probeRun.args(t),
    );
    const simpleRun: SimpleRun = await prepareInterpreterRun(database, tenantId, options.throughputRuns);
    const simplePerSecond = await runsPerSecond(
      temporal,
      tenantId,
      options.throughputRuns,
      simpleRun.workflowType,
      (t) => simpleRun.args(t),
    );

    log(`(d) workflows: ${options.waitingRuns} runs waiting on timers at once...`);
    const waiting = await holdWaitingRuns(database, temporal, worker, options.waitingRuns);
    return {
      triggerLatency,
      throughput: {
        runs: options.throughputRuns,
        noopPerSecond,
        simplePerSecond,
        ratio: round(simplePerSecond / noopPerSecond, 2),
        target: 0.7,
        simpleRun: simpleRun.label,
        probePerSecond,
        probeRatio: round(probePerSecond / noopPerSecond, 2),
      },
      waiting: waiting.result,
      workerMemoryMiB: { idle, afterWaiting: waiting.afterWaiting, peak: worker.memoryMiB().peak },
    };
  } finally {
    await worker?.stop();
    await temporal.close();
    await server.stop();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

export function renderWorkflowRows(r: WorkflowBenchResult): string[] {
  const { triggerLatency: l, throughput: t, waiting: w, workerMemoryMiB: m } = r;
  return [
    `| workflow trigger → first step (outbox insert → activity start), p50 / p95 / max over ${l.samples} | ${l.p50} / **${l.p95}** / ${l.max} ms | p95 ≤ ${l.targetP95} ms | ${verdict(l.p95 <= l.targetP95)} |`,
    `| completed simple runs/s vs noopWorkflow (${t.runs} each; simple run: ${t.simpleRun}) | ${t.simplePerSecond} / ${t.noopPerSecond} runs/s = **${t.ratio}** | ≥ ${t.target} | ${verdict(t.ratio >= t.target)} |`,
    `| completed probe runs/s vs noopWorkflow (${probeRun.label}: the runtime's floor) | ${t.probePerSecond} / ${t.noopPerSecond} runs/s = ${t.probeRatio} | | |`,
    `| runs waiting on timers at once (started in ${w.startSeconds} s; then woken by a signal: ${w.completed} completed, ${w.failed} failed, ${w.drainSeconds} s to drain) | **${w.running}** of ${w.requested} | ${w.target.toLocaleString('en')} | ${verdict(w.running >= w.target && w.failed === 0)} |`,
    `| worker RSS idle / with the waiting runs / peak | ${m.idle ?? 'n/a'} / ${m.afterWaiting ?? 'n/a'} / ${m.peak ?? 'n/a'} MiB | | |`,
  ];
}
