// A CRM worker in its own process, for the crash tests (SIGKILL mid-sleep, mid-activity). With
// WORKER_HANG_AFTER_EFFECT=1 its core.probe commits the effect, prints "effect <auditId>" and never
// returns, like a worker that dies after the effect and before reporting it. With
// WORKER_INTERPRETER=1 it also runs the definition interpreter's activities (no e-mail: the crash
// tests' definitions send none, and a step that tried would fail loudly).
import { createDatabase } from '../../../src/db/database.js';
import { testWorkflowBundle } from '../../../src/testing/temporal-test-server.js';
import { createCoreActivities } from '../../../src/workflow-engine/activities/core-activities.js';
import type { ProbeInput } from '../../../src/workflow-engine/activities/probe.activity.js';
import { createActivityRegistry, defineActivities } from '../../../src/workflow-engine/activity-registry.js';
import { createWorkflowActivities } from '../../../src/workflows/interpreter/activities/workflow-activities.js';
import {
  connectWorker,
  createCrmWorker,
  installWorkerRuntime,
} from '../../../src/workflow-engine/crm-worker.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
installWorkerRuntime('error');
const database = createDatabase({ url: env('WORKER_DATABASE_URL'), poolSize: 2 });
const core = createCoreActivities({ database });
const hangAfterEffect = process.env.WORKER_HANG_AFTER_EFFECT === '1';
const activities = hangAfterEffect
  ? createActivityRegistry(
      defineActivities('core', {
        probe: async (input: ProbeInput) => {
          const result = await core['core.probe'](input);
          process.stdout.write(`effect ${result.auditId}\n`);
          return new Promise<typeof result>(() => undefined);
        },
      }),
    )
  : process.env.WORKER_INTERPRETER === '1'
    ? createActivityRegistry(
        core,
        createWorkflowActivities({
          database,
          sendMail: () => Promise.reject(new Error('this worker sends no e-mail')),
        }),
      )
    : createActivityRegistry(core);
const worker = await createCrmWorker({
  connection: await connectWorker(env('TEST_TEMPORAL_ADDRESS')),
  namespace: env('TEST_TEMPORAL_NAMESPACE'),
  taskQueue: env('WORKER_TASK_QUEUE'),
  activities,
  workflows: { workflowBundle: await testWorkflowBundle() },
  // The test kills this worker: let the server hand its workflow tasks to the next one quickly.
  tuning: { stickyQueueScheduleToStartTimeout: '1 s' },
});
const running = worker.run();
process.stdout.write('ready\n');
await running;
