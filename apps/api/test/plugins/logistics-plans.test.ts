import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Counts {
  callsExisting: number;
  callsPotential: number;
  meetingsExisting: number;
  meetingsPotential: number;
}
interface Row {
  planId: string;
  userId: string;
  plan: Counts;
  actual: Counts;
  percent: Counts & { total: number | null };
  elapsedPercent: number;
}
interface Progress {
  on: string;
  items: Row[];
}

let h: TestApp;
let a: TestTenant;
let existingId: string;
let potentialId: string;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (offset: number) => new Date(Date.now() + offset * DAY).toISOString();
// A 20-day period whose second half starts today.
const period = { periodStart: day(-10), periodEnd: day(9) };
const plan = { callsExisting: 4, callsPotential: 2, meetingsExisting: 2, meetingsPotential: 2 };

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Freight');
  // Without the demo data: its plans of the month would overlap the ones set here.
  const enabled = await call(a.users.admin.token, 'POST', '/plugins/logistics/enable', {
    config: { seedDemoData: false },
  });
  expect(enabled.status).toBe(200);
  const rep = a.users.sales_rep;
  await create(admin(), '/teams', {
    name: 'Отдел продаж',
    members: [
      { userId: rep.userId, isManager: false },
      { userId: a.users.sales_manager.userId, isManager: true },
    ],
  });
  existingId = (await create<{ id: string }>(rep.token, '/accounts', { name: 'ООО «Постоянный»' })).id;
  potentialId = (await create<{ id: string }>(rep.token, '/accounts', { name: 'ООО «Новый»' })).id;
  const flagged = await call(admin(), 'PATCH', `/logistics/accounts/${existingId}`, { isClient: true });
  expect(flagged.status).toBe(200);
  const done = (type: string, accountId: string | null, offset: number, extra: object = {}) =>
    create(rep.token, '/activities', {
      type,
      subject: `${type} ${offset}`,
      ...(accountId ? { accountId } : {}),
      occurredAt: at(offset),
      done: true,
      ...extra,
    });
  // Counted: 2 calls and a meeting with the existing client, a call with the potential one.
  await done('call', existingId, -1);
  await done('call', existingId, -3);
  await done('meeting', existingId, -2);
  await done('call', potentialId, -4);
  // Not counted: not done, before the period, without an account, a task.
  await done('call', existingId, -1, { done: false });
  await done('call', existingId, -30);
  await done('call', null, -1);
  await done('task', existingId, -1);
});
afterAll(async () => h.close());

describe('per-manager plan vs actual', () => {
  it('counts done calls and meetings with existing and potential clients against the plan, in % of plan', async () => {
    const set = await call<Row>(a.users.sales_manager.token, 'PUT', '/logistics/plans', {
      userId: a.users.sales_rep.userId,
      ...period,
      ...plan,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const progress = await call<Progress>(admin(), 'GET', '/logistics/plans/progress');
    expect(progress.body.items).toHaveLength(1);
    expect(progress.body.items[0]).toMatchObject({
      userId: a.users.sales_rep.userId,
      plan,
      actual: { callsExisting: 2, callsPotential: 1, meetingsExisting: 1, meetingsPotential: 0 },
      percent: {
        callsExisting: 50,
        callsPotential: 50,
        meetingsExisting: 50,
        meetingsPotential: 0,
        total: 40,
      },
      elapsedPercent: 55,
    });
    const report = await call<{ result: { items: Row[] } }>(
      admin(),
      'POST',
      '/reports/logistics.planVsActual/run',
      {
        input: { on: day(0) },
      },
    );
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.result.items.map((r) => r.percent.total)).toEqual([40]);
  });

  it("shows a rep only their own plan, lets managers set their team's, and names bad fields", async () => {
    const mine = await call<Progress>(a.users.sales_rep.token, 'GET', '/logistics/plans/progress');
    expect(mine.body.items.map((r) => r.userId)).toEqual([a.users.sales_rep.userId]);
    const viewer = await call<Progress>(a.users.viewer.token, 'GET', '/logistics/plans/progress');
    expect(viewer.status).toBe(403);
    const byRep = await call(a.users.sales_rep.token, 'PUT', '/logistics/plans', {
      userId: a.users.sales_rep.userId,
      ...period,
      ...plan,
    });
    expect(byRep.status).toBe(403);
    const outside = await call<ErrorBody>(a.users.sales_manager.token, 'PUT', '/logistics/plans', {
      userId: a.users.support_agent.userId,
      ...period,
      ...plan,
    });
    expect(fieldsOf(outside.body)).toEqual(['userId']);
    const bad = await call<ErrorBody>(admin(), 'PUT', '/logistics/plans', {
      userId: a.users.sales_rep.userId,
      periodStart: day(5),
      periodEnd: day(1),
      callsExisting: -1,
      callsPotential: 1,
      meetingsExisting: 1,
      meetingsPotential: 1,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['callsExisting', 'periodEnd']);
    const reversed = await call<ErrorBody>(admin(), 'PUT', '/logistics/plans', {
      userId: a.users.sales_rep.userId,
      periodStart: day(5),
      periodEnd: day(1),
      ...plan,
    });
    expect(fieldsOf(reversed.body)).toEqual(['periodEnd']);
    const overlap = await call<ErrorBody>(admin(), 'PUT', '/logistics/plans', {
      userId: a.users.sales_rep.userId,
      periodStart: day(0),
      periodEnd: day(20),
      ...plan,
    });
    expect(fieldsOf(overlap.body)).toEqual(['periodStart']);
  });

  it('lists whom the caller may set a plan for: everyone for an admin, their team for a manager', async () => {
    interface Members {
      items: { userId: string; name: string }[];
    }
    const all = await call<Members>(admin(), 'GET', '/logistics/plans/members');
    expect(all.status).toBe(200);
    expect(all.body.items.map((m) => m.userId).sort()).toEqual(
      Object.values(a.users)
        .map((u) => u.userId)
        .sort(),
    );
    expect(all.body.items.find((m) => m.userId === a.users.sales_rep.userId)?.name).toBe('Freight sales_rep');
    const team = await call<Members>(a.users.sales_manager.token, 'GET', '/logistics/plans/members');
    expect(team.body.items.map((m) => m.userId).sort()).toEqual(
      [a.users.sales_manager.userId, a.users.sales_rep.userId].sort(),
    );
    const byRep = await call(a.users.sales_rep.token, 'GET', '/logistics/plans/members');
    expect(byRep.status).toBe(403);
  });

  it('offers the accounts the caller may read as the clients of its forms, by name', async () => {
    interface Options {
      items: { id: string; name: string }[];
    }
    const found = await call<Options>(admin(), 'GET', '/logistics/account-options?search=новый');
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([{ id: potentialId, name: 'ООО «Новый»' }]);
    const all = await call<Options>(a.users.sales_rep.token, 'GET', '/logistics/account-options');
    expect(all.body.items.map((o) => o.id).sort()).toEqual([existingId, potentialId].sort());
    const limited = await call<Options>(admin(), 'GET', '/logistics/account-options?limit=1');
    expect(limited.body.items.map((o) => o.name)).toEqual(['ООО «Новый»']);
  });

  it('alerts the manager and their lead once at mid-period when below the threshold', async () => {
    const activities = installedPluginRegistry.activities({ database: h.t.db });
    const check = activities['logistics.planMidPeriodCheck'] as (input: object) => Promise<unknown>;
    const input = {
      tenantId: a.tenantId,
      runId: 'r',
      stepId: 's',
      recordType: null,
      recordId: null,
      input: { thresholdPercent: 50 },
    };
    expect(await check(input)).toEqual({
      checked: 1,
      alerted: [{ userId: a.users.sales_rep.userId, percent: 40 }],
    });
    expect(await check(input)).toEqual({ checked: 0, alerted: [] });
    const title = `Sales plan 40% done at mid-period: ${(await userName(a.users.sales_rep.userId)) ?? ''}`;
    for (const user of [a.users.sales_rep, a.users.sales_manager]) {
      const notes = await call<{ items: { title: string }[] }>(user.token, 'GET', '/notifications');
      expect(notes.body.items.map((n) => n.title)).toContain(title);
    }
    const admins = await call<{ items: { title: string }[] }>(admin(), 'GET', '/notifications');
    expect(admins.body.items.filter((n) => n.title.startsWith('Sales plan'))).toEqual([]);
  });
});

async function userName(userId: string): Promise<string | null> {
  const user = await h.t.db.withTenant(a.tenantId, (db) =>
    db.membership.findFirst({ where: { userId }, select: { user: { select: { name: true } } } }),
  );
  return user ? user.user.name : null;
}
