import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reassignFixtures, type HistoryRow as Change, type Result } from './support/reassign-fixtures.js';
import { restClient } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Bulk reassignment of a user's records and the ownership history it leaves. Who may reassign what:
// reassign-rules.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);
const { seedBook, historyRows } = reassignFixtures(() => ({ h, a }));

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
