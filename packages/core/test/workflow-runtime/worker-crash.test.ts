import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantDb } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { testWorkflowBundle } from '../../src/testing/temporal-test-server.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
} from '../../src/testing/temporal-test-worker.js';
import type { ProbeResult } from '../../src/workflow-engine/activities/probe.activity.js';
import type { sleepThenProbeWorkflow } from '../../src/workflow-engine/workflows/sleep-then-probe.workflow.js';
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants, runsOf, writeContactWithEvent } from './fixtures.js';
import { spawnChild } from './support/child-process.js';

let t: TestDatabase;
let temporal: TemporalClient;
let tenantId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  [tenantId = ''] = await createTenants(t.db, 1);
  temporal = createTestTemporalClient();
  await testWorkflowBundle(); // made once here, read by the child workers
});
afterAll(async () => {
  await temporal.close();
  await t.drop();
});

const probeEntries = (db: TenantDb, label: string) =>
  db.auditLog.count({ where: { action: 'workflow.probe', after: { path: ['label'], equals: label } } });

async function timerStarted(workflowId: string): Promise<boolean> {
  const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).some((event) => event.timerStartedEventAttributes);
}

describe('a worker killed in the middle of a run', () => {
  it('finishes the run on a new worker after SIGKILL during the timer, with the effect done once', async () => {
    const taskQueue = testTaskQueue('worker-crash-sleep');
    const label = `sleep-${newId()}`;
    const { contactId } = await writeContactWithEvent(t.db, tenantId);
    const first = spawnChild('worker-child.ts', { WORKER_DATABASE_URL: t.url, WORKER_TASK_QUEUE: taskQueue });
    await first.waitFor(/^ready$/);
    const workflowId = tenantWorkflowId(tenantId, 'contact', contactId, 'sleep-probe');
    try {
      await startWorkflowOnce(temporal.client, {
        tenantId,
        workflowId,
        workflowType: 'sleepThenProbeWorkflow',
        args: [{ tenantId, label, sleepMs: 3000, record: { type: 'contact', id: contactId } }],
        taskQueue,
      });
      await expect.poll(() => timerStarted(workflowId), { timeout: 30_000 }).toBe(true);
    } finally {
      await first.kill();
    }
    expect(await t.db.withTenant(tenantId, (db) => probeEntries(db, label))).toBe(0);

    const second = await startTestWorker({ database: t.db, taskQueue });
    try {
      const result: ProbeResult = await temporal.client.workflow
        .getHandle<typeof sleepThenProbeWorkflow>(workflowId)
        .result();
      expect(result.repeated).toBe(false);
    } finally {
      await second.stop();
    }
    expect(await t.db.withTenant(tenantId, (db) => probeEntries(db, label))).toBe(1);
    expect(await runsOf(temporal.client, workflowId)).toBe(1);
  });

  it('does the effect once when the worker dies after the effect and before reporting it', async () => {
    const taskQueue = testTaskQueue('worker-crash-effect');
    const label = `effect-${newId()}`;
    const first = spawnChild('worker-child.ts', {
      WORKER_DATABASE_URL: t.url,
      WORKER_TASK_QUEUE: taskQueue,
      WORKER_HANG_AFTER_EFFECT: '1',
    });
    await first.waitFor(/^ready$/);
    const workflowId = tenantWorkflowId(tenantId, 'probe', newId());
    let auditId: string;
    try {
      await startWorkflowOnce(temporal.client, {
        tenantId,
        workflowId,
        workflowType: 'sleepThenProbeWorkflow',
        // A short attempt timeout, so that Temporal retries the step soon after the worker is gone.
        args: [{ tenantId, label, sleepMs: 0, stepTimeoutMs: 2000 }],
        taskQueue,
      });
      auditId = (await first.waitFor(/^effect /)).split(' ')[1] ?? '';
    } finally {
      await first.kill();
    }
    expect(await t.db.withTenant(tenantId, (db) => probeEntries(db, label))).toBe(1);

    const second = await startTestWorker({ database: t.db, taskQueue });
    try {
      const result: ProbeResult = await temporal.client.workflow
        .getHandle<typeof sleepThenProbeWorkflow>(workflowId)
        .result();
      expect(result).toMatchObject({ auditId, repeated: true });
    } finally {
      await second.stop();
    }
    expect(await t.db.withTenant(tenantId, (db) => probeEntries(db, label))).toBe(1);
    const keys = await t.db.withTenant(tenantId, (db) =>
      db.workflowEffect.findMany({ where: { workflowId }, select: { activity: true } }),
    );
    expect(keys).toEqual([{ activity: 'core.probe' }]);
  });
});
