import { workflows } from '@crm/core';
import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import { createTemporalClient, taskReminderScheduleId, type TemporalClient } from '@crm/core/workflow-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmWorker, type RunningWorker } from '../src/workflow-runtime/workflow-runtime.js';
import { restClient } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// The task-reminder sweep as the launcher runs it: the worker makes sure the platform Temporal
// Schedule exists, the schedule starts the sweep workflow, its activity writes the reminders of every
// tenant, each in that tenant's unit of work.
let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let worker: RunningWorker;
let temporal: TemporalClient;
const taskQueue = testTaskQueue('task-reminders');
const { call, create } = restClient(() => h);

interface NotificationPage {
  items: { title: string; recordId: string | null }[];
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  const { address, namespace } = testTemporal();
  temporal = createTemporalClient({ address, namespace });
  worker = await startCrmWorker({
    database: h.t.db,
    mailer: h.services.mailer,
    temporalAddress: address,
    namespace,
    taskQueue,
    logLevel: 'error',
    workflows: { workflowBundle: await testWorkflowBundle() },
    taskReminderSweepSeconds: 1,
  });
});
afterAll(async () => {
  await temporal.client.schedule.getHandle(taskReminderScheduleId(taskQueue)).delete();
  await temporal.close();
  await worker.stop();
  await h.close();
});

describe('the scheduled task-reminder sweep', () => {
  it('reminds each tenant’s task owners without anyone reading, once per task and due time', async () => {
    const schedule = await temporal.client.schedule.getHandle(taskReminderScheduleId(taskQueue)).describe();
    expect(schedule.action).toMatchObject({ workflowType: 'taskReminderSweepWorkflow', taskQueue });

    const alphaTask = await create<{ id: string }>(a.users.sales_rep.token, '/activities', {
      type: 'task',
      subject: 'Alpha: call back',
      dueAt: new Date(Date.now() - 60_000).toISOString(),
      ownerId: a.users.sales_rep.userId,
    });
    const betaTask = await create<{ id: string }>(b.users.sales_rep.token, '/activities', {
      type: 'task',
      subject: 'Beta: send the offer',
      dueAt: new Date(Date.now() - 60_000).toISOString(),
      ownerId: b.users.sales_rep.userId,
    });
    // Written by the schedule's runs, not by these reads (a read never writes).
    const reminders = async (tenant: TestTenant) =>
      await h.t.db.withTenant(tenant.tenantId, (db) =>
        db.notification.findMany({
          where: { recordType: 'activity' },
          select: { recordId: true, userId: true },
        }),
      );
    await expect
      .poll(() => reminders(a), { timeout: 30_000, interval: 500 })
      .toEqual([{ recordId: alphaTask.id, userId: a.users.sales_rep.userId }]);
    await expect
      .poll(() => reminders(b), { timeout: 30_000, interval: 500 })
      .toEqual([{ recordId: betaTask.id, userId: b.users.sales_rep.userId }]);
    const page = await call<NotificationPage>(b.users.sales_rep.token, 'GET', '/notifications');
    expect(page.body.items.map((n) => n.title)).toEqual(['Beta: send the offer']);

    // Further runs of the schedule add nothing.
    const runs = async () =>
      (await temporal.client.schedule.getHandle(taskReminderScheduleId(taskQueue)).describe()).info
        .recentActions.length;
    const before = await runs();
    await expect.poll(runs, { timeout: 30_000, interval: 500 }).toBeGreaterThan(before + 1);
    expect(await reminders(a)).toHaveLength(1);
    expect(await workflows.sweepTaskReminders(h.t.db)).toEqual({ tenants: 0, created: 0 });
  });
});
