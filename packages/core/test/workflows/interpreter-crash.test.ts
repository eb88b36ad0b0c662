import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { testWorkflowBundle } from '../../src/testing/temporal-test-server.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
} from '../../src/testing/temporal-test-worker.js';
import { createActivityRegistry } from '../../src/workflow-engine/activity-registry.js';
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { emptyStepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { validateDefinition } from '../../src/workflows/definition/validate-definition.js';
import { createWorkflowActivities } from '../../src/workflows/interpreter/activities/workflow-activities.js';
import { spawnChild } from '../workflow-runtime/support/child-process.js';
import { createDeal, createWfTenant, publishDefinition, type WfTenant } from './interpreter-fixtures.js';

// RELIABILITY-PERFORMANCE test 17 for the interpreter: runs of a published definition, their worker
// killed with SIGKILL while they wait on a timer, finish on a new worker with every effect done once.
let t: TestDatabase;
let temporal: TemporalClient;
let a: WfTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createWfTenant(t.db, 'Crash');
  temporal = createTestTemporalClient();
  await testWorkflowBundle(); // made once here, read by the child worker
}, 120_000);
afterAll(async () => {
  await temporal.close();
  await t.drop();
});

const definition = {
  trigger: { type: 'manual', recordType: 'deal' },
  steps: [
    { id: 'call', kind: 'createTask', subject: 'Call about {{ record.title }}' },
    { id: 'pause', kind: 'delay', duration: { seconds: 4 } },
    { id: 'mark', kind: 'updateFields', set: { title: { expression: 'upper(record.title)' } } },
    { id: 'follow', kind: 'createTask', subject: 'Follow up {{ record.title }}' },
  ],
};

async function timerStarted(workflowId: string): Promise<boolean> {
  const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).some((event) => event.timerStartedEventAttributes);
}

describe('interpreter runs whose worker is killed during a timer', () => {
  it('all complete on a new worker; tasks and updates happen once per run', async () => {
    const taskQueue = testTaskQueue('interpreter-crash');
    const checked = validateDefinition(definition, emptyStepTypeRegistry);
    if (!checked.valid) throw new Error('the test definition is invalid');
    const workflowId = await publishDefinition(t.db, a.tenantId, definition);
    const deals = await Promise.all(
      ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((title) => createDeal(t.db, a, { title })),
    );
    const ids = deals.map(() => `t:${a.tenantId}:wf:${workflowId}:${newId()}`);
    const first = spawnChild('worker-child.ts', {
      WORKER_DATABASE_URL: t.url,
      WORKER_TASK_QUEUE: taskQueue,
      WORKER_INTERPRETER: '1',
    });
    await first.waitFor(/^ready$/);
    try {
      for (const [i, dealId] of deals.entries()) {
        await startWorkflowOnce(temporal.client, {
          tenantId: a.tenantId,
          workflowId: ids[i] ?? '',
          workflowType: 'runWorkflowDefinition',
          taskQueue,
          args: [
            {
              tenantId: a.tenantId,
              runId: newId(),
              triggerType: 'manual',
              triggerEventId: null,
              workflowId,
              workflowName: 'crash',
              version: 1,
              hash: 'x',
              definition: checked.definition,
              recordType: 'deal',
              recordId: dealId,
              trigger: {},
              pluginActivities: {},
            },
          ],
        });
      }
      for (const id of ids) await expect.poll(() => timerStarted(id), { timeout: 40_000 }).toBe(true);
    } finally {
      await first.kill();
    }
    const tasks = () =>
      t.db.withTenant(a.tenantId, (db) =>
        db.activity.findMany({
          where: { dealId: { in: deals } },
          select: { dealId: true, subject: true },
          orderBy: { subject: 'asc' },
        }),
      );
    // Before the crash: exactly the first task of each run.
    expect((await tasks()).map((task) => task.subject).sort()).toEqual(
      ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma'].map((title) => `Call about ${title}`),
    );

    const second = await startTestWorker({
      database: t.db,
      taskQueue,
      activities: createActivityRegistry(
        createWorkflowActivities({
          database: t.db,
          sendMail: () => Promise.reject(new Error('this worker sends no e-mail')),
        }),
      ),
    });
    try {
      for (const id of ids) await temporal.client.workflow.getHandle(id).result();
    } finally {
      await second.stop();
    }
    const after = await tasks();
    for (const [i, dealId] of deals.entries()) {
      const title = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'][i] ?? '';
      expect(after.filter((task) => task.dealId === dealId).map((task) => task.subject)).toEqual([
        `Call about ${title}`,
        `Follow up ${title.toUpperCase()}`,
      ]);
    }
    const [titles, updates, runs] = await t.db.withTenant(
      a.tenantId,
      async (db) =>
        [
          await db.deal.findMany({ where: { id: { in: deals } }, select: { title: true } }),
          await db.auditLog.count({ where: { recordId: { in: deals }, action: 'deal.updated' } }),
          await db.workflowRun.findMany({ where: { workflowId }, select: { status: true } }),
        ] as const,
    );
    expect(titles.map((d) => d.title).sort()).toEqual(['ALPHA', 'BETA', 'DELTA', 'EPSILON', 'GAMMA']);
    expect(updates).toBe(deals.length);
    expect(runs.map((r) => r.status)).toEqual(deals.map(() => 'completed'));
  }, 120_000);
});
