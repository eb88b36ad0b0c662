// Production entry of the outbox relay process: `pnpm --filter @crm/api relay`. Delivers committed
// record events to Temporal until SIGINT/SIGTERM. Several relays may run: rows are claimed with
// FOR UPDATE SKIP LOCKED. `pnpm start` runs it in-process instead.
import { createDatabase } from '@crm/core';
import { loadConfig } from './config.js';
import { startOutboxRelay } from './workflow-runtime/workflow-runtime.js';

const config = loadConfig();
const database = createDatabase({ url: config.DATABASE_URL, poolSize: 4 });
const log = (line: string) => process.stdout.write(`${line}\n`);
const running = startOutboxRelay({
  database,
  temporalAddress: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  listenUrl: config.DATABASE_URL,
  log: {
    info: log,
    error: (message, error) => log(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  },
});
const stop = async () => {
  await running.stop();
  await database.close();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
