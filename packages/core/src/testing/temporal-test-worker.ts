import type { Worker } from '@temporalio/worker';
import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import { createCoreActivities } from '../workflow-engine/activities/core-activities.js';
import { createActivityRegistry, type ActivityRegistry } from '../workflow-engine/activity-registry.js';
import { connectWorker, createCrmWorker, installWorkerRuntime } from '../workflow-engine/crm-worker.js';
import { createTemporalClient, type TemporalClient } from '../workflow-engine/temporal-client.js';
import { testTemporal, testWorkflowBundle } from './temporal-test-server.js';

export interface RunningTestWorker {
  worker: Worker;
  taskQueue: string;
  /** Stops polling, waits for the worker to finish, closes its connection. */
  stop(): Promise<void>;
}

/** A unique task queue per test file, so that workers of parallel files never take each other's tasks. */
export function testTaskQueue(label = 'test'): string {
  return `${label}-${newId()}`;
}

/** A client of the run's shared server (close it in afterAll). */
export function createTestTemporalClient(): TemporalClient {
  return createTemporalClient(testTemporal());
}

/**
 * A CRM worker in this process on the shared server: core's activities on `database` (plus
 * `activities`), the run's workflow bundle, polling `taskQueue`.
 */
export async function startTestWorker(options: {
  database: Database;
  taskQueue: string;
  activities?: ActivityRegistry;
  address?: string;
}): Promise<RunningTestWorker> {
  const { address, namespace } = testTemporal();
  installWorkerRuntime('warn');
  const connection = await connectWorker(options.address ?? address);
  const worker = await createCrmWorker({
    connection,
    namespace,
    taskQueue: options.taskQueue,
    activities: createActivityRegistry(
      createCoreActivities({ database: options.database }),
      options.activities ?? {},
    ),
    workflows: { workflowBundle: await testWorkflowBundle() },
    tuning: { shutdownGraceTime: '1 s' },
  });
  const running = worker.run();
  return {
    worker,
    taskQueue: options.taskQueue,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
