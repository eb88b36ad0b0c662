import {
  createOutboxRelay,
  startWorkflowOnce,
  tenantWorkflowId,
  type OutboxDispatcher,
  type ProbeResult,
  type TemporalClient,
} from '@crm/core/workflow-engine';
import type { Database } from '@crm/core';
import { percentile, round, sleep, TASK_QUEUE, writeRecord } from './bench-kit.js';
import { probeRun } from './simple-run.js';

/**
 * Trigger to first step: record writes at a fixed rate (after 20 warm-up ones), each starting a run
 * through the outbox relay; the latency is from the outbox row's commit to the run's first step.
 */
export async function measureTriggerLatency(
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
