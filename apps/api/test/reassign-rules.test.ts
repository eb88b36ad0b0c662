import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reassignFixtures, type Result } from './support/reassign-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Who may reassign what, to whom, and across which tenants. The reassignment itself: reassign.test.ts.

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
