// A relay in its own process, for the crash tests: claims one batch and stops dead at the point named
// by RELAY_HANG ('before-start': after claiming, before starting; 'after-start': after the start,
// before the commit), printing a line there so that the test can SIGKILL it.
import { createDatabase } from '../../../src/db/database.js';
import { relayOutboxBatch } from '../../../src/workflow-engine/relay/claim-outbox-batch.js';
import { startNoopPerEvent } from '../../../src/workflow-engine/relay/dispatchers.js';
import { createTemporalClient } from '../../../src/workflow-engine/temporal-client.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const database = createDatabase({ url: env('RELAY_DATABASE_URL'), poolSize: 2 });
const temporal = createTemporalClient({
  address: env('TEST_TEMPORAL_ADDRESS'),
  namespace: env('TEST_TEMPORAL_NAMESPACE'),
});
const start = startNoopPerEvent(temporal.client, env('RELAY_TASK_QUEUE'));
const hang = env('RELAY_HANG');

await relayOutboxBatch(
  database,
  async (event, scope) => {
    if (hang === 'after-start') await start(event, scope);
    process.stdout.write(`${hang} ${event.id}\n`);
    await new Promise(() => undefined); // never resolves: the test kills us here
  },
  100,
);
