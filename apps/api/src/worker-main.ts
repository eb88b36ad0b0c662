// Production entry of the Temporal worker process: `pnpm --filter @crm/api worker`. Runs workflow
// tasks and activities for TEMPORAL_TASK_QUEUE until SIGINT/SIGTERM (in-flight activities get the
// shutdown grace time, then Temporal retries them elsewhere). `pnpm start` runs it in-process instead.
import { createDatabase } from '@crm/core';
import { loadConfig } from './config.js';
import { startCrmWorker } from './workflow-runtime/workflow-runtime.js';

const config = loadConfig();
const database = createDatabase({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE });
const worker = await startCrmWorker({
  database,
  temporalAddress: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  logLevel: config.LOG_LEVEL,
  maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS,
});
process.stdout.write(`worker polling ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.stop());
try {
  await worker.done;
} finally {
  await database.close();
}
