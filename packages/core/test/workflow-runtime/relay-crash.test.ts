import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { relayOutboxBatch } from '../../src/workflow-engine/relay/claim-outbox-batch.js';
import { startNoopPerEvent } from '../../src/workflow-engine/relay/dispatchers.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants, outboxRow, runsOf, writeContactWithEvent } from './fixtures.js';
import { spawnChild } from './support/child-process.js';

let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let tenantId: string;
const taskQueue = testTaskQueue('relay-crash');

beforeAll(async () => {
  t = await createTestDatabase();
  [tenantId = ''] = await createTenants(t.db, 1);
  temporal = createTestTemporalClient();
  worker = await startTestWorker({ database: t.db, taskQueue });
});
afterAll(async () => {
  await worker.stop();
  await temporal.close();
  await t.drop();
});

describe('a relay killed in the middle of a delivery', () => {
  for (const hang of ['before-start', 'after-start'] as const) {
    it(`loses nothing and starts one run when killed ${hang.replace('-', ' ')} (SIGKILL)`, async () => {
      const { outboxId } = await writeContactWithEvent(t.db, tenantId);
      const workflowId = tenantWorkflowId(tenantId, 'outbox', outboxId);
      const relay = spawnChild('relay-child.ts', {
        RELAY_DATABASE_URL: t.url,
        RELAY_TASK_QUEUE: taskQueue,
        RELAY_HANG: hang,
      });
      try {
        expect(await relay.waitFor(new RegExp(`^${hang} ${outboxId}$`))).toBeTruthy();
      } finally {
        await relay.kill();
      }
      // The claim died with the process: the row is still pending.
      const pending = await outboxRow(t.db, tenantId, outboxId);
      expect(pending?.dispatchedAt).toBeNull();
      if (hang === 'after-start') {
        await temporal.client.workflow.getHandle(workflowId).result();
      }

      // The next rounds deliver it once Postgres has noticed the dead connection and released its lock.
      let failed = 0;
      await expect
        .poll(
          async () => {
            failed += (await relayOutboxBatch(t.db, startNoopPerEvent(temporal.client, taskQueue), 100))
              .failed;
            return (await outboxRow(t.db, tenantId, outboxId))?.dispatchedAt ?? null;
          },
          { timeout: 30_000, interval: 100 },
        )
        .not.toBeNull();
      expect(failed).toBe(0);
      await temporal.client.workflow.getHandle(workflowId).result();
      expect(await runsOf(temporal.client, workflowId)).toBe(1);
    });
  }
});
