import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { coreMigrations, createDatabase, migrate, newId, type Database } from '@crm/core';
import {
  createOutboxRelay,
  createTemporalClient,
  findTemporalCli,
  startTemporalDevServer,
  startWorkflowOnce,
  tenantWorkflowId,
  type OutboxDispatcher,
  type ProbeResult,
  type TemporalClient,
} from '@crm/core/workflow-engine';
import { prepareInterpreterRun, probeRun, type SimpleRun } from './simple-run.js';
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
const TASK_QUEUE = 'bench';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createTenant(database: Database, name: string): Promise<string> {
  const tenantId = newId();
  await database.withPlatform((db) =>
    db.tenant.create({ data: { id: tenantId, name, slug: `bench-${tenantId}` }, select: { id: true } }),
  );
  return tenantId;
}

/** A contact and its outbox row in one unit of work: what every record write does. */
async function writeRecord(
  database: Database,
  tenantId: string,
): Promise<{ outboxId: string; createdAt: Date }> {
  const contactId = newId();
  const outboxId = newId();
  return database.withTenant(tenantId, async (db) => {
    await db.contact.create({ data: { tenantId, id: contactId, firstName: 'Bench' }, select: { id: true } });
    return db.outbox
      .create({
        data: {
          tenantId,
          id: outboxId,
          topic: 'record.created',
          recordType: 'contact',
          recordId: contactId,
        },
        select: { id: true, createdAt: true },
      })
      .then((row) => ({ outboxId: row.id, createdAt: row.createdAt }));
  });
}

async function measureTriggerLatency(
  database: Database,
  databaseUrl: string,
  temporal: TemporalClient,
  tenantId: string,
  triggers: number,
  triggerRate: number,
) {
  // The dispatcher the trigger router will be: start the simple run for the event, idempotently.
  const dispatch: OutboxDispatcher = async (event) => {
    await startWorkflowOnce(temporal.client, {
      tenantId: event.tenantId,
      workflowId: tenantWorkflowId(event.tenantId, 'outbox', event.id),
      workflowType: probeRun.workflowType,
      args: probeRun.args(event.tenantId),
      taskQueue: TASK_QUEUE,
    });
  };
  const relay = createOutboxRelay({ database, dispatch, listenUrl: databaseUrl });
  relay.start();
  await sleep(500);
  const written: { outboxId: string; createdAt: Date }[] = [];
  try {
    // Open loop at a fixed rate: each write at its own time, whatever the previous one's fate.
    const interval = 1000 / triggerRate;
    const began = performance.now();
    for (let i = 0; i < triggers + 20; i += 1) {
      written.push(await writeRecord(database, tenantId));
      await sleep(Math.max(0, began + (i + 1) * interval - performance.now()));
    }
    const latencies: number[] = [];
    for (const [i, row] of written.entries()) {
      const result = (await temporal.client.workflow
        .getHandle(tenantWorkflowId(tenantId, 'outbox', row.outboxId))
        .result()) as ProbeResult;
      if (i >= 20) latencies.push(result.startedAt - row.createdAt.getTime());
    }
    latencies.sort((a, b) => a - b);
    return {
      samples: latencies.length,
      p50: round(percentile(latencies, 50), 0),
      p95: round(percentile(latencies, 95), 0),
      max: round(latencies.at(-1) ?? Number.NaN, 0),
      targetP95: 500,
    };
  } finally {
    await relay.stop();
  }
}

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

async function countRuns(temporal: TemporalClient, query: string): Promise<number> {
  return (await temporal.client.workflow.count(query)).count;
}

async function holdWaitingRuns(
  database: Database,
  temporal: TemporalClient,
  worker: WorkerProcess,
  count: number,
) {
  // A tenant of their own, so that the TenantId search attribute selects exactly these runs.
  const tenantId = await createTenant(database, 'Bench waiting runs');
  const batch = newId();
  // Each run waits on a durable timer far longer than starting them all takes (however slow the machine),
  // so that all of them wait at the same time; once counted, the `wake` signal ends every timer early and
  // each run must then complete its step.
  const sleepMs = 6 * 3_600_000;
  const ids = Array.from({ length: count }, (_, i) =>
    tenantWorkflowId(tenantId, 'waiting', batch, String(i)),
  );
  const started = performance.now();
  await pool(ids, 32, async (workflowId) => {
    await startWorkflowOnce(temporal.client, {
      tenantId,
      workflowId,
      workflowType: 'sleepThenProbeWorkflow',
      args: [{ tenantId, label: `waiting-${batch}`, sleepMs, wakeOnSignal: true }],
      taskQueue: TASK_QUEUE,
    });
  });
  const startSeconds = round((performance.now() - started) / 1000);
  const query = `TenantId = "${tenantId}"`;
  await sleep(2000);
  const running = await countRuns(temporal, `${query} AND ExecutionStatus = "Running"`);
  const afterWaiting = worker.memoryMiB().rss;
  const drainStarted = performance.now();
  await pool(ids, 32, async (workflowId) => {
    await temporal.client.workflow.getHandle(workflowId).signal('wake');
  });
  const deadline = Date.now() + 15 * 60_000;
  let open = running;
  while (open > 0 && Date.now() < deadline) {
    await sleep(2000);
    open = await countRuns(temporal, `${query} AND ExecutionStatus = "Running"`);
  }
  return {
    result: {
      requested: count,
      running,
      startSeconds,
      completed: await countRuns(temporal, `${query} AND ExecutionStatus = "Completed"`),
      failed: await countRuns(
        temporal,
        `${query} AND ExecutionStatus != "Completed" AND ExecutionStatus != "Running"`,
      ),
      drainSeconds: round((performance.now() - drainStarted) / 1000),
      target: 10_000,
    },
    afterWaiting,
  };
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
