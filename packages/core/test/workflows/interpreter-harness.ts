import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { createOutboxRelay, type OutboxRelay } from '../../src/workflow-engine/relay/outbox-relay.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { emptyStepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { createWorkflowActivities } from '../../src/workflows/interpreter/activities/workflow-activities.js';
import { createTriggerRouter } from '../../src/workflows/interpreter/trigger-router.js';
import { createWfTenant, runsOfWorkflow, type WfTenant } from './interpreter-fixtures.js';

interface Running {
  t: TestDatabase;
  temporal: TemporalClient;
  worker: RunningTestWorker;
  relay: OutboxRelay;
  a: WfTenant;
  b: WfTenant;
}

export interface InterpreterHarness {
  readonly t: TestDatabase;
  readonly temporal: TemporalClient;
  /** The worker's task queue, for starting workflows by hand. */
  readonly taskQueue: string;
  /** Tenants Alpha and Beta, each with an admin, a manager and a rep. */
  readonly a: WfTenant;
  readonly b: WfTenant;
  /** Every e-mail the workflows sent, in order. */
  readonly mail: { to: string; subject: string; text: string }[];
  /** The single run of a workflow, once it reached `status`. */
  runReaching(
    tenantId: string,
    workflowId: string,
    status: string,
    timeout?: number,
  ): ReturnType<typeof runReaching>;
  /** The tasks (activities) of a deal, oldest first. */
  tasksOf(tenantId: string, dealId: string): ReturnType<typeof tasksOf>;
}

async function runReaching(
  t: TestDatabase,
  tenantId: string,
  workflowId: string,
  status: string,
  timeout = 40_000,
) {
  await expect
    .poll(async () => (await runsOfWorkflow(t.db, tenantId, workflowId))[0]?.status, {
      timeout,
      interval: 100,
    })
    .toBe(status);
  const [run] = await runsOfWorkflow(t.db, tenantId, workflowId);
  if (!run) throw new Error('no run');
  return run;
}

function tasksOf(t: TestDatabase, tenantId: string, dealId: string) {
  return t.db.withTenant(tenantId, (db) =>
    db.activity.findMany({
      where: { dealId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, subject: true, ownerId: true, dueAt: true, done: true },
    }),
  );
}

/**
 * The interpreter as it runs in production, for one test file: its own database with two tenants, a
 * worker on its own task queue with the real activities (mail captured), and the outbox relay that
 * starts runs from committed writes. Started before the file's tests and stopped after them.
 */
export function useInterpreterHarness(name: string): InterpreterHarness {
  let running: Running | undefined;
  const mail: InterpreterHarness['mail'] = [];
  const taskQueue = testTaskQueue(name);
  const get = (): Running => {
    if (!running) throw new Error('the interpreter harness is used outside its tests');
    return running;
  };

  beforeAll(async () => {
    const t = await createTestDatabase();
    const a = await createWfTenant(t.db, 'Alpha');
    const b = await createWfTenant(t.db, 'Beta');
    const temporal = createTestTemporalClient();
    const worker = await startTestWorker({
      database: t.db,
      taskQueue,
      activities: createWorkflowActivities({
        database: t.db,
        sendMail: (message) => {
          mail.push(message);
          return Promise.resolve();
        },
      }),
    });
    const relay = createOutboxRelay({
      database: t.db,
      dispatch: createTriggerRouter({ client: temporal.client, taskQueue, stepTypes: emptyStepTypeRegistry }),
      listenUrl: t.url,
      pollIntervalMs: 200,
    });
    relay.start();
    running = { t, temporal, worker, relay, a, b };
  });
  afterAll(async () => {
    if (!running) return;
    await running.relay.stop();
    await running.worker.stop();
    await running.temporal.close();
    await running.t.drop();
  });

  return {
    get t() {
      return get().t;
    },
    get temporal() {
      return get().temporal;
    },
    get a() {
      return get().a;
    },
    get b() {
      return get().b;
    },
    taskQueue,
    mail,
    runReaching: (tenantId, workflowId, status, timeout) =>
      runReaching(get().t, tenantId, workflowId, status, timeout),
    tasksOf: (tenantId, dealId) => tasksOf(get().t, tenantId, dealId),
  };
}
