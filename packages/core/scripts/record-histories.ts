// Records the histories replayed by the tests (test/histories/*.json).
//
//   pnpm --filter @crm/core record-histories [scenario...]
//       runs the scenarios of test/histories/scenarios.ts (all, or those named) on a fresh dev server
//       (the test CLI lookup: TEMPORAL_CLI_PATH, .tools/temporal, PATH) and a fresh database
//       (TEST_DATABASE_URL, or embedded PGlite with TEST_DB=pglite), and writes <name>.json for each.
//   pnpm --filter @crm/core record-histories --address host:port --namespace ns --workflow-id ID --name NAME
//       saves the history of an existing run (a run of `pnpm start`, a staging cluster).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { newId } from '../src/ids.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import { startTestTemporalServer, TEST_TEMPORAL_NAMESPACE } from '../src/testing/temporal-test-server.js';
import { startTestWorker, testTaskQueue } from '../src/testing/temporal-test-worker.js';
import { startWorkflowOnce } from '../src/workflow-engine/start-workflow-once.js';
import { createTemporalClient, type TemporalClient } from '../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../src/workflow-engine/workflow-ids.js';
import { createActivityRegistry } from '../src/workflow-engine/activity-registry.js';
import { createWebhookActivities } from '../src/webhooks/webhook-activities.js';
import { createWorkflowActivities } from '../src/workflows/interpreter/activities/workflow-activities.js';
import { historyScenarios } from '../test/histories/scenarios.js';

const dir = fileURLToPath(new URL('../test/histories/', import.meta.url));

async function save(temporal: TemporalClient, workflowId: string, name: string): Promise<void> {
  const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
  const file = `${dir}${name}.json`;
  // Worker identities name the recording machine's process, failure stack traces its file paths:
  // replaced, they play no part in replay.
  const json = JSON.stringify(
    JSON.parse(historyToJSON(history)),
    (key, value: unknown) => (key === 'identity' ? 'history-recorder' : key === 'stackTrace' ? '' : value),
    2,
  );
  writeFileSync(file, `${json}\n`);
  process.stdout.write(`wrote ${file} (${history.events?.length ?? 0} events)\n`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    address: { type: 'string' },
    namespace: { type: 'string', default: 'default' },
    'workflow-id': { type: 'string' },
    name: { type: 'string' },
  },
});

if (values.address) {
  if (!values['workflow-id'] || !values.name)
    throw new Error('--workflow-id and --name are required with --address');
  const temporal = createTemporalClient({ address: values.address, namespace: values.namespace });
  await save(temporal, values['workflow-id'], values.name);
  await temporal.close();
} else {
  const chosen = historyScenarios.filter((s) => positionals.length === 0 || positionals.includes(s.name));
  if (chosen.length === 0) throw new Error(`No scenario named ${positionals.join(', ')}`);
  const server = await startTestTemporalServer();
  const t = await createTestDatabase();
  const temporal = createTemporalClient({ address: server.address, namespace: TEST_TEMPORAL_NAMESPACE });
  process.env.TEST_TEMPORAL_ADDRESS = server.address;
  const taskQueue = testTaskQueue('history');
  const worker = await startTestWorker({
    database: t.db,
    taskQueue,
    activities: createActivityRegistry(
      createWorkflowActivities({ database: t.db, sendMail: () => Promise.resolve() }),
      createWebhookActivities({ database: t.db }),
    ),
  });
  try {
    const tenantId = newId();
    await t.db.withPlatform((db) =>
      db.tenant.create({ data: { id: tenantId, name: 'History', slug: `history-${tenantId}` } }),
    );
    for (const scenario of chosen) {
      const workflowId = tenantWorkflowId(tenantId, 'history', scenario.name);
      await startWorkflowOnce(temporal.client, {
        tenantId,
        workflowId,
        workflowType: scenario.workflowType,
        args: await scenario.args({ database: t.db, tenantId }),
        taskQueue,
      });
      await temporal.client.workflow.getHandle(workflowId).result();
      await save(temporal, workflowId, scenario.name);
    }
  } finally {
    await worker.stop();
    await temporal.close();
    await t.drop();
    await server.stop();
  }
}
