import { newId, type Database } from '@crm/core';
import { startWorkflowOnce, tenantWorkflowId, type TemporalClient } from '@crm/core/workflow-engine';
import { createTenant, pool, round, sleep, TASK_QUEUE } from './bench-kit.js';
import type { WorkerProcess } from './worker-process.js';

async function countRuns(temporal: TemporalClient, query: string): Promise<number> {
  return (await temporal.client.workflow.count(query)).count;
}

/**
 * `count` runs waiting on durable timers at the same time, counted while they wait, then woken by a
 * signal and drained; with the worker's memory while they wait.
 */
export async function holdWaitingRuns(
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
