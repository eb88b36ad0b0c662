import { newId, webhooks } from '@crm/core';
import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import { createTemporalClient, type TemporalClient } from '@crm/core/workflow-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmWorker, type RunningWorker } from '../src/workflow-runtime/workflow-runtime.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// The retention of the webhook delivery log as the launcher runs it: the worker makes sure the
// platform Temporal Schedule exists, the schedule starts the sweep workflow with the retention in
// days, and its activity removes old deliveries (and their attempts) tenant by tenant.
let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let worker: RunningWorker;
let temporal: TemporalClient;
const taskQueue = testTaskQueue('webhook-retention');
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  const { address, namespace } = testTemporal();
  temporal = createTemporalClient({ address, namespace });
});
afterAll(async () => {
  await temporal.client.schedule.getHandle(webhooks.webhookRetentionScheduleId(taskQueue)).delete();
  await temporal.close();
  await worker.stop();
  await h.close();
});

/** A subscription of `tenant` with one delivery (and one attempt) created `ageDays` ago per age. */
async function seed(tenant: TestTenant, ageDays: number[], previousSecretExpiresAt: Date | null = null) {
  const subscriptionId = newId();
  const deliveryIds = ageDays.map(() => newId());
  await h.t.db.withTenant(tenant.tenantId, async (db) => {
    await db.webhookSubscription.create({
      data: {
        tenantId: tenant.tenantId,
        id: subscriptionId,
        url: 'https://erp.example.com/hooks',
        events: ['deal.updated'],
        secret: 'whsec_current',
        previousSecret: previousSecretExpiresAt ? 'whsec_previous' : null,
        previousSecretExpiresAt,
        createdById: tenant.users.admin.userId,
      },
      select: { id: true },
    });
    for (const [index, id] of deliveryIds.entries()) {
      const createdAt = new Date(Date.now() - (ageDays[index] ?? 0) * DAY);
      await db.webhookDelivery.create({
        data: {
          tenantId: tenant.tenantId,
          id,
          subscriptionId,
          eventId: newId(),
          eventType: 'deal.updated',
          payload: {},
          status: 'succeeded',
          attempts: 1,
          createdAt,
        },
        select: { id: true },
      });
      await db.webhookDeliveryAttempt.create({
        data: { tenantId: tenant.tenantId, deliveryId: id, attempt: 1, durationMs: 5, startedAt: createdAt },
        select: { attempt: true },
      });
    }
  });
  return { subscriptionId, deliveryIds };
}

const logOf = (tenant: TestTenant) =>
  h.t.db.withTenant(tenant.tenantId, async (db) => ({
    deliveries: (await db.webhookDelivery.findMany({ select: { id: true } })).map((d) => d.id).sort(),
    attempts: (await db.webhookDeliveryAttempt.findMany({ select: { deliveryId: true } }))
      .map((t) => t.deliveryId)
      .sort(),
  }));

describe('the scheduled retention sweep of the webhook delivery log', () => {
  it('removes deliveries and attempts older than the retention, in every tenant, and keeps the rest', async () => {
    const alpha = await seed(a, [40, 1], new Date(Date.now() - 1000));
    const beta = await seed(b, [31, 29]);
    const [, alphaRecent] = alpha.deliveryIds;
    const [, betaRecent] = beta.deliveryIds;
    expect((await logOf(a)).deliveries).toHaveLength(2);
    const { address, namespace } = testTemporal();
    worker = await startCrmWorker({
      database: h.t.db,
      mailer: h.services.mailer,
      temporalAddress: address,
      namespace,
      taskQueue,
      logLevel: 'error',
      workflows: { workflowBundle: await testWorkflowBundle() },
      webhookRetention: { retentionDays: 30, everySeconds: 1 },
    });
    const schedule = await temporal.client.schedule
      .getHandle(webhooks.webhookRetentionScheduleId(taskQueue))
      .describe();
    expect(schedule.action).toMatchObject({
      workflowType: 'webhookRetentionSweepWorkflow',
      taskQueue,
      args: [{ retentionDays: 30 }],
    });

    await expect
      .poll(() => logOf(a), { timeout: 30_000, interval: 500 })
      .toEqual({ deliveries: [alphaRecent], attempts: [alphaRecent] });
    await expect
      .poll(() => logOf(b), { timeout: 30_000, interval: 500 })
      .toEqual({ deliveries: [betaRecent], attempts: [betaRecent] });

    // The replaced secret past its overlap window is gone too; the subscriptions stay.
    const subscription = await h.t.db.withTenant(a.tenantId, (db) =>
      db.webhookSubscription.findFirst({
        where: { id: alpha.subscriptionId },
        select: { secret: true, previousSecret: true, previousSecretExpiresAt: true },
      }),
    );
    expect(subscription).toEqual({
      secret: 'whsec_current',
      previousSecret: null,
      previousSecretExpiresAt: null,
    });
  });

  it('a direct sweep keeps what is within the retention, and answers what it removed', async () => {
    const young = await seed(a, [3]);
    const result = await webhooks.sweepDeliveryLog(h.t.db, { now: new Date(), retentionDays: 30 });
    expect(result).toEqual({ tenants: 0, deletedDeliveries: 0, clearedSecrets: 0 });
    const later = await webhooks.sweepDeliveryLog(h.t.db, {
      now: new Date(Date.now() + 2 * DAY),
      retentionDays: 4,
    });
    // Two days on with a 4-day retention: Alpha's 3-day-old and Beta's 29-day-old deliveries go,
    // Alpha's 1-day-old one stays.
    expect(later).toEqual({ tenants: 2, deletedDeliveries: 2, clearedSecrets: 0 });
    const alphaLog = (await logOf(a)).deliveries;
    expect(alphaLog).toHaveLength(1);
    expect(alphaLog).not.toContain(young.deliveryIds[0]);
    expect((await logOf(b)).deliveries).toEqual([]);
  });
});
