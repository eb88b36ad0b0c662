import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { createOutboxRelay } from '../../src/workflow-engine/relay/outbox-relay.js';
import { relayOutboxBatch } from '../../src/workflow-engine/relay/claim-outbox-batch.js';
import { startNoopPerEvent } from '../../src/workflow-engine/relay/dispatchers.js';
import type { OutboxDispatcher } from '../../src/workflow-engine/relay/outbox-event.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants, outboxRow, runsOf, writeContactWithEvent } from './fixtures.js';

let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let tenantA: string;
let tenantB: string;
const taskQueue = testTaskQueue('relay');

beforeAll(async () => {
  t = await createTestDatabase();
  [tenantA = '', tenantB = ''] = await createTenants(t.db);
  temporal = createTestTemporalClient();
  worker = await startTestWorker({ database: t.db, taskQueue });
});
afterAll(async () => {
  await worker.stop();
  await temporal.close();
  await t.drop();
});

const outboxWorkflowId = (tenantId: string, outboxId: string) =>
  tenantWorkflowId(tenantId, 'outbox', outboxId);

describe('outbox relay', () => {
  it('delivers a committed record write to a started workflow, woken by NOTIFY', async () => {
    const relay = createOutboxRelay({
      database: t.db,
      dispatch: startNoopPerEvent(temporal.client, taskQueue),
      listenUrl: t.url,
      pollIntervalMs: 60_000, // only the notification can wake it within the test
    });
    relay.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // LISTEN in place
      const { outboxId } = await writeContactWithEvent(t.db, tenantA);
      const handle = temporal.client.workflow.getHandle(outboxWorkflowId(tenantA, outboxId));
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
      const described = await handle.describe();
      expect(described.type).toBe('noopWorkflow');
      expect(described.taskQueue).toBe(taskQueue);
      expect(
        described.typedSearchAttributes.getAll().map((pair) => [pair.key.name, pair.value]),
      ).toContainEqual(['TenantId', tenantA]);
      await expect
        .poll(async () => (await outboxRow(t.db, tenantA, outboxId))?.dispatchedAt ?? null)
        .not.toBeNull();
    } finally {
      await relay.stop();
    }
  });

  it('starts one run for a trigger delivered twice (already started counts as success)', async () => {
    const { outboxId } = await writeContactWithEvent(t.db, tenantA);
    const dispatch = startNoopPerEvent(temporal.client, taskQueue);
    const event = {
      tenantId: tenantA,
      id: outboxId,
      topic: 'record.created',
      recordType: 'contact',
      recordId: null,
      payload: {},
      createdAt: new Date(),
      attempts: 0,
    };
    // The same event twice in a row (open run reused), then again after the run completed (closed id kept).
    await t.db.withTenant(tenantA, (db) => dispatch(event, { db }));
    await t.db.withTenant(tenantA, (db) => dispatch(event, { db }));
    const workflowId = outboxWorkflowId(tenantA, outboxId);
    await temporal.client.workflow.getHandle(workflowId).result();
    await t.db.withTenant(tenantA, (db) => dispatch(event, { db }));
    const outcome = await relayOutboxBatch(t.db, dispatch, 100);
    expect(outcome.failed).toBe(0);
    expect(await runsOf(temporal.client, workflowId)).toBe(1);
  });

  it('records a failed dispatch with backoff and delivers the row later, in its own tenant only', async () => {
    const { outboxId } = await writeContactWithEvent(t.db, tenantB);
    let seen: { tenantId: string; contacts: string[] } | undefined;
    let fail = true;
    const flaky: OutboxDispatcher = async (event, { db }) => {
      const contacts = await db.contact.findMany({ select: { tenantId: true } });
      seen = { tenantId: event.tenantId, contacts: [...new Set(contacts.map((c) => c.tenantId))] };
      if (fail && event.id === outboxId) throw new Error('Temporal unavailable');
    };
    await relayOutboxBatch(t.db, flaky, 100);
    const failed = await outboxRow(t.db, tenantB, outboxId);
    expect(failed?.dispatchedAt).toBeNull();
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toMatch(/Temporal unavailable/);
    expect(failed?.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(seen).toEqual({ tenantId: tenantB, contacts: [tenantB] });

    // Not due yet: the next round leaves it alone.
    await relayOutboxBatch(t.db, flaky, 100);
    expect((await outboxRow(t.db, tenantB, outboxId))?.attempts).toBe(1);

    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // first backoff step: 1 s
    const outcome = await relayOutboxBatch(t.db, flaky, 100);
    expect(outcome).toMatchObject({ failed: 0 });
    const delivered = await outboxRow(t.db, tenantB, outboxId);
    expect(delivered?.dispatchedAt).not.toBeNull();
    expect(delivered?.attempts).toBe(2);
    expect(delivered?.lastError).toBeNull();
  });

  it('never hands the same row to two concurrent relays', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1)
      ids.push((await writeContactWithEvent(t.db, i % 2 ? tenantA : tenantB)).outboxId);
    const handled: string[] = [];
    const slow: OutboxDispatcher = async (event) => {
      handled.push(event.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await Promise.all([
      relayOutboxBatch(t.db, slow, 7),
      relayOutboxBatch(t.db, slow, 7),
      relayOutboxBatch(t.db, slow, 7),
    ]);
    const second = createOutboxRelay({ database: t.db, dispatch: slow, batchSize: 7 });
    await second.drain();
    const mine = handled.filter((id) => ids.includes(id));
    expect(mine.sort()).toEqual([...ids].sort());
  });

  it('lets the application role neither update outbox rows nor claim them outside the functions', async () => {
    const { outboxId } = await writeContactWithEvent(t.db, tenantA);
    await expect(
      t.db.withTenant(
        tenantA,
        (db) => db.$executeRaw`UPDATE "Outbox" SET "dispatchedAt" = now() WHERE "id" = ${outboxId}::uuid`,
      ),
    ).rejects.toThrow(/permission denied/);
    const seen = await t.db.withPlatform(
      (db) => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Outbox"`,
    );
    expect(seen).toEqual([{ n: 0 }]);
    expect(newId()).not.toBe(outboxId);
  });
});
