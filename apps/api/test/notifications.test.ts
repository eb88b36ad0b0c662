import { workflows } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

interface Notification {
  id: string;
  title: string;
  recordType: string | null;
  recordId: string | null;
  readAt: string | null;
}
interface NotificationPage {
  items: Notification[];
  nextCursor: string | null;
  unreadCount: number;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call, create } = restClient(() => h);
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const mine = async (token: string) => (await call<NotificationPage>(token, 'GET', '/notifications')).body;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

async function notifyDirectly(tenant: TestTenant, userId: string, title: string): Promise<string> {
  return h.t.db.withTenant(tenant.tenantId, async (db) => {
    const row = await db.notification.create({
      data: { tenantId: tenant.tenantId, id: crypto.randomUUID(), userId, title, idempotencyKey: title },
      select: { id: true },
    });
    return row.id;
  });
}

describe('notifications across tenants', () => {
  it('tenant B neither sees nor marks tenant A notifications', async () => {
    const id = await notifyDirectly(a, a.users.admin.userId, 'Only for Alpha');
    expect((await mine(a.users.admin.token)).items.map((n) => n.id)).toContain(id);
    const beta = await mine(b.users.admin.token);
    expect(beta.items.map((n) => n.id)).not.toContain(id);
    expect((await call(b.users.admin.token, 'POST', `/notifications/${id}/read`)).status).toBe(404);
    await call(b.users.admin.token, 'POST', '/notifications/read-all', {});
    const alpha = await mine(a.users.admin.token);
    expect(alpha.items.find((n) => n.id === id)?.readAt).toBeNull();
    expect(alpha.unreadCount).toBeGreaterThanOrEqual(1);
  });
});

// Reminders are written by the worker's scheduled sweep (task-reminder-sweep.test.ts runs it on
// Temporal); here the sweep is called directly and reading never writes.
const sweep = () => workflows.sweepTaskReminders(h.t.db);

describe('task reminders', () => {
  it('reminds the owner once of a task that has fallen due, and again when it is rescheduled', async () => {
    const rep = a.users.sales_rep;
    const due = await create<{ id: string; version: number }>(rep.token, '/activities', {
      type: 'task',
      subject: 'Call the buyer back',
      dueAt: minutesFromNow(-1),
      ownerId: rep.userId,
    });
    await create(rep.token, '/activities', {
      type: 'task',
      subject: 'Not due yet',
      dueAt: minutesFromNow(60),
      ownerId: rep.userId,
    });
    await create(rep.token, '/activities', {
      type: 'task',
      subject: 'Already done',
      dueAt: minutesFromNow(-5),
      done: true,
      ownerId: rep.userId,
    });
    await create(rep.token, '/activities', {
      type: 'call',
      subject: 'A call, not a task',
      dueAt: minutesFromNow(-5),
      ownerId: rep.userId,
    });
    await create(a.users.sales_manager.token, '/activities', {
      type: 'task',
      subject: "The manager's task",
      dueAt: minutesFromNow(-5),
      ownerId: a.users.sales_manager.userId,
    });

    // Reading alone writes nothing.
    expect((await mine(rep.token)).items).toEqual([]);
    const swept = await sweep();
    expect(swept.created).toBe(2);
    const first = await mine(rep.token);
    expect(first.items.map((n) => n.title)).toEqual(['Call the buyer back']);
    expect(first.items[0]).toMatchObject({ recordType: 'activity', recordId: due.id, readAt: null });
    expect(first.unreadCount).toBe(1);
    // Sweeping again adds nothing; tenants with nothing left to remind are not even opened.
    expect(await sweep()).toEqual({ tenants: 0, created: 0 });
    expect((await mine(rep.token)).items).toHaveLength(1);
    // Other users of the tenant and other tenants get none of the rep's reminders.
    expect((await mine(a.users.sales_manager.token)).items.map((n) => n.title)).toEqual([
      "The manager's task",
    ]);
    expect((await mine(b.users.sales_rep.token)).items).toEqual([]);

    const reminder = first.items[0]?.id ?? '';
    await call(rep.token, 'POST', `/notifications/${reminder}/read`);
    expect((await mine(rep.token)).unreadCount).toBe(0);
    await call(rep.token, 'PATCH', `/activities/${due.id}`, {
      dueAt: minutesFromNow(-0.5),
      expectedVersion: due.version,
    });
    expect(await sweep()).toEqual({ tenants: 1, created: 1 });
    const again = await mine(rep.token);
    expect(again.items.map((n) => n.title)).toEqual(['Call the buyer back', 'Call the buyer back']);
    expect(again.unreadCount).toBe(1);
  });
});
