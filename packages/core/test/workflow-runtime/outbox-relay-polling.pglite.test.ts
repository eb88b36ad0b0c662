import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { startNoopPerEvent } from '../../src/workflow-engine/relay/dispatchers.js';
import { createOutboxRelay } from '../../src/workflow-engine/relay/outbox-relay.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants, outboxRow, writeContactWithEvent } from './fixtures.js';

// Also runs on embedded PGlite (`pnpm start` without DATABASE_URL), where NOTIFY does not reach other
// connections: the relay finds the row by polling alone.
let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
const taskQueue = testTaskQueue('relay-poll');

beforeAll(async () => {
  t = await createTestDatabase();
  temporal = createTestTemporalClient();
  worker = await startTestWorker({ database: t.db, taskQueue });
});
afterAll(async () => {
  await worker.stop();
  await temporal.close();
  await t.drop();
});

describe('outbox relay without LISTEN (polling)', () => {
  it('delivers a committed record write to a completed workflow run', async () => {
    const [tenantId = ''] = await createTenants(t.db, 1);
    const relay = createOutboxRelay({
      database: t.db,
      dispatch: startNoopPerEvent(temporal.client, taskQueue),
      pollIntervalMs: 200,
    });
    relay.start();
    try {
      const { outboxId } = await writeContactWithEvent(t.db, tenantId);
      const handle = temporal.client.workflow.getHandle(tenantWorkflowId(tenantId, 'outbox', outboxId));
      await expect
        .poll(
          () =>
            handle.describe().then(
              (d) => d.status.name,
              () => 'absent',
            ),
          { timeout: 30_000 },
        )
        .toBe('COMPLETED');
      await expect
        .poll(async () => (await outboxRow(t.db, tenantId, outboxId))?.dispatchedAt ?? null)
        .not.toBeNull();
    } finally {
      await relay.stop();
    }
  });
});
