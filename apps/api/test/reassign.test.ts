import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

interface ErrorBody {
  error: { code: string; details: { fields?: { field: string }[] } };
}
interface Result {
  fromUserId: string;
  toUserId: string;
  counts: { account: number; contact: number; deal: number; activity: number };
  total: number;
}
interface Change {
  recordId: string;
  fromUserId: string | null;
  toUserId: string | null;
  reason: string | null;
  changedById: string | null;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;

async function call<T>(
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await h.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json<T>() };
}
const fieldsOf = (body: ErrorBody) => (body.error.details.fields ?? []).map((f) => f.field);

/** Creates a user's book in tenant A: accounts and activities directly, contacts and deals through the API. */
async function seedBook(ownerId: string, label: string) {
  const admin = a.users.admin.token;
  const accounts = [newId(), newId()];
  const openActivities = [newId(), newId()];
  const doneActivity = newId();
  await h.t.db.withTenant(a.tenantId, async (db) => {
    await db.account.createMany({
      data: accounts.map((id, i) => ({ tenantId: a.tenantId, id, name: `${label} account ${i}`, ownerId })),
    });
    await db.activity.createMany({
      data: [
        ...openActivities.map((id) => ({
          tenantId: a.tenantId,
          id,
          type: 'task',
          subject: `${label} call back`,
          ownerId,
        })),
        {
          tenantId: a.tenantId,
          id: doneActivity,
          type: 'call',
          subject: `${label} done call`,
          ownerId,
          done: true,
          completedAt: new Date(),
        },
      ],
    });
  });
  const contacts: string[] = [];
  for (const name of ['C1', 'C2', 'C3']) {
    const res = await call<{ id: string }>(admin, 'POST', '/contacts', {
      firstName: `${label} ${name}`,
      ownerId,
    });
    contacts.push(res.body.id);
  }
  await call(admin, 'DELETE', `/contacts/${contacts[2] ?? ''}`);
  const deals: string[] = [];
  for (const title of ['open deal', 'won deal']) {
    const res = await call<{ id: string }>(admin, 'POST', '/deals', { title: `${label} ${title}`, ownerId });
    deals.push(res.body.id);
  }
  return {
    accounts,
    openActivities,
    doneActivity,
    contacts,
    deals,
    all: [...accounts, ...contacts, ...deals, ...openActivities],
  };
}

const historyRows = (tenantId: string) =>
  h.t.db.withTenant(tenantId, (db) =>
    db.ownershipChange.findMany({
      select: { recordId: true, fromUserId: true, toUserId: true, reason: true, changedById: true },
    }),
  );

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('bulk reassign', () => {
  it("moves all of a leaving user's records in one go, with one history row per record and one audit entry", async () => {
    const from = a.users.sales_rep.userId;
    const to = a.users.sales_manager.userId;
    const book = await seedBook(from, 'Leaver');
    const untouched = await call<{ id: string }>(a.users.admin.token, 'POST', '/deals', {
      title: 'Admin deal',
    });
    const res = await call<Result>(a.users.admin.token, 'POST', '/ownership/reassign', {
      fromUserId: from,
      toUserId: to,
      reason: 'Manager leaves',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      fromUserId: from,
      toUserId: to,
      counts: { account: 2, contact: 3, deal: 2, activity: 2 },
      total: 9,
    });

    const owners = await h.t.db.withTenant(a.tenantId, async (db) => ({
      accounts: await db.account.findMany({
        where: { id: { in: book.accounts } },
        select: { ownerId: true, version: true },
      }),
      contacts: await db.contact.findMany({
        where: { id: { in: book.contacts } },
        select: { ownerId: true },
      }),
      deals: await db.deal.findMany({
        where: { id: { in: [...book.deals, untouched.body.id] } },
        select: { id: true, ownerId: true },
      }),
      open: await db.activity.findMany({
        where: { id: { in: book.openActivities } },
        select: { ownerId: true },
      }),
      done: await db.activity.findFirst({ where: { id: book.doneActivity }, select: { ownerId: true } }),
    }));
    expect(owners.accounts).toEqual([
      { ownerId: to, version: 2 },
      { ownerId: to, version: 2 },
    ]);
    expect(owners.contacts.every((c) => c.ownerId === to)).toBe(true);
    expect(owners.deals.find((d) => d.id === untouched.body.id)?.ownerId).toBe(a.users.admin.userId);
    expect(owners.deals.filter((d) => d.ownerId === to)).toHaveLength(2);
    expect(owners.open.every((x) => x.ownerId === to)).toBe(true);
    expect(owners.done?.ownerId).toBe(from);

    const added = (await historyRows(a.tenantId)).filter((r) =>
      [...book.all, untouched.body.id].includes(r.recordId),
    );
    expect(added.map((r) => r.recordId).sort()).toEqual([...book.all].sort());
    expect(new Set(added.map((r) => JSON.stringify({ ...r, recordId: undefined })))).toEqual(
      new Set([
        JSON.stringify({
          fromUserId: from,
          toUserId: to,
          reason: 'Manager leaves',
          changedById: a.users.admin.userId,
        }),
      ]),
    );
    const audit = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({
        where: { action: 'ownership.reassigned' },
        select: { recordId: true, after: true },
      }),
    );
    expect(audit).toEqual([
      {
        recordId: from,
        after: expect.objectContaining({
          ownerId: to,
          total: 9,
          counts: res.body.counts,
          reason: 'Manager leaves',
        }) as object,
      },
    ]);
    const events = await h.t.db.withTenant(a.tenantId, (db) =>
      db.outbox.count({
        where: {
          topic: 'record.updated',
          recordId: { in: book.all },
          payload: { path: ['toUserId'], equals: to },
        },
      }),
    );
    expect(events).toBe(9);
  });

  it("keeps each record's history, newest first, readable only by who may read the record", async () => {
    const admin = a.users.admin.token;
    const contact = await call<{ id: string }>(admin, 'POST', '/contacts', {
      firstName: 'Handed over',
      ownerId: a.users.marketer.userId,
    });
    await call(admin, 'PATCH', `/contacts/${contact.body.id}`, { ownerId: a.users.support_agent.userId });
    await call(admin, 'POST', '/ownership/reassign', {
      fromUserId: a.users.support_agent.userId,
      toUserId: a.users.admin.userId,
      recordTypes: ['contact'],
    });
    const url = `/ownership/history?recordType=contact&recordId=${contact.body.id}`;
    const history = await call<{ items: Change[]; nextCursor: string | null }>(admin, 'GET', url);
    expect(history.status).toBe(200);
    expect(history.body.items.map((c) => [c.fromUserId, c.toUserId])).toEqual([
      [a.users.support_agent.userId, a.users.admin.userId],
      [a.users.marketer.userId, a.users.support_agent.userId],
    ]);
    const paged = await call<{ items: Change[]; nextCursor: string | null }>(admin, 'GET', `${url}&limit=1`);
    const next = await call<{ items: Change[]; nextCursor: string | null }>(
      admin,
      'GET',
      `${url}&limit=1&cursor=${paged.body.nextCursor ?? ''}`,
    );
    expect([...paged.body.items, ...next.body.items]).toEqual(history.body.items);
    expect((await call(a.users.sales_rep.token, 'GET', url)).status).toBe(404);
    expect((await call(b.users.admin.token, 'GET', url)).status).toBe(404);
    expect(
      (await call(admin, 'GET', `/ownership/history?recordType=lead&recordId=${contact.body.id}`)).status,
    ).toBe(400);
  });

  it('pages through records that one reassignment touched at the same instant', async () => {
    const from = a.users.marketer.userId;
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      created.push(
        (
          await call<{ id: string }>(a.users.admin.token, 'POST', '/deals', {
            title: `Page ${i}`,
            ownerId: from,
          })
        ).body.id,
      );
    }
    await call(a.users.admin.token, 'POST', '/ownership/reassign', {
      fromUserId: from,
      toUserId: a.users.viewer.userId,
      recordTypes: ['deal'],
    });
    const stamps = await h.t.db.withTenant(
      a.tenantId,
      (db) =>
        db.$queryRaw<
          { n: number }[]
        >`SELECT count(DISTINCT "updatedAt")::int AS n FROM "Deal" WHERE "id" = ANY(${created}::uuid[])`,
    );
    expect(stamps).toEqual([{ n: 1 }]);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(
        a.users.admin.token,
        'GET',
        `/deals?ownerId=${a.users.viewer.userId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((d) => d.id));
      cursor = page.body.nextCursor;
    }
    expect(seen.sort()).toEqual(created.sort());
  });
});

describe('reassign rules', () => {
  it('requires an active member as target and distinct users, and writes nothing otherwise', async () => {
    const admin = a.users.admin.token;
    const disabled = newId();
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.user.create({
        data: { id: disabled, email: `gone-${disabled}@example.test`, name: 'Gone' },
        select: { id: true },
      });
      await db.membership.create({
        data: {
          tenantId: a.tenantId,
          id: newId(),
          userId: disabled,
          roleId: a.roleIds.sales_rep,
          disabledAt: new Date(),
        },
        select: { id: true },
      });
    });
    await seedBook(a.users.support_agent.userId, 'Stays');
    const before = await historyRows(a.tenantId);
    const from = a.users.support_agent.userId;
    for (const [toUserId, field] of [
      [newId(), 'toUserId'],
      [disabled, 'toUserId'],
      [b.users.admin.userId, 'toUserId'],
      [from, 'toUserId'],
    ] as const) {
      const res = await call<ErrorBody>(admin, 'POST', '/ownership/reassign', { fromUserId: from, toUserId });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    }
    const bad = await call<ErrorBody>(admin, 'POST', '/ownership/reassign', {
      fromUserId: 'x',
      toUserId: a.users.admin.userId,
      recordTypes: ['lead'],
    });
    expect(fieldsOf(bad.body).sort()).toEqual(['fromUserId', 'recordTypes.0']);
    expect(await historyRows(a.tenantId)).toEqual(before);
  });

  it('refuses roles without assign rights; a sales manager moves only what their team scope covers', async () => {
    const payload = { fromUserId: a.users.support_agent.userId, toUserId: a.users.sales_manager.userId };
    expect((await call(a.users.sales_rep.token, 'POST', '/ownership/reassign', payload)).status).toBe(403);
    expect((await call(a.users.marketer.token, 'POST', '/ownership/reassign', payload)).status).toBe(403);
    const manager = a.users.sales_manager.token;
    const outside = await call<Result>(manager, 'POST', '/ownership/reassign', payload);
    expect(outside.body.total).toBe(0);
    const teamId = newId();
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.team.create({
        data: { tenantId: a.tenantId, id: teamId, name: 'Support' },
        select: { id: true },
      });
      await db.teamMember.createMany({
        data: [
          { tenantId: a.tenantId, teamId, userId: a.users.sales_manager.userId, isManager: true },
          { tenantId: a.tenantId, teamId, userId: a.users.support_agent.userId },
        ],
      });
    });
    const deals = await call<Result>(manager, 'POST', '/ownership/reassign', {
      ...payload,
      recordTypes: ['deal'],
    });
    expect(deals.body.counts).toEqual({ account: 0, contact: 0, deal: 2, activity: 0 });
    const rest = await call<Result>(manager, 'POST', '/ownership/reassign', payload);
    expect(rest.body.counts).toEqual({ account: 2, contact: 3, deal: 0, activity: 2 });
  });

  it("never touches another tenant's records", async () => {
    const book = await seedBook(a.users.viewer.userId, 'Isolated');
    const res = await call<Result>(b.users.admin.token, 'POST', '/ownership/reassign', {
      fromUserId: a.users.viewer.userId,
      toUserId: b.users.admin.userId,
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
    const owners = await h.t.db.withTenant(a.tenantId, (db) =>
      db.deal.findMany({ where: { id: { in: book.deals } }, select: { ownerId: true } }),
    );
    expect(owners).toEqual([{ ownerId: a.users.viewer.userId }, { ownerId: a.users.viewer.userId }]);
  });
});
