import { beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody } from '../support/rest-call.js';
import { bankHarness } from './bank-harness.js';

const bank = bankHarness();
const { call, create, admin } = bank;

// Clients of the sales manager (who leaves) and of the rep.
beforeAll(async () => {
  await bank.clientOf('Анна', bank.a.users.sales_manager.userId, 'vip');
  await bank.clientOf('Борис', bank.a.users.sales_manager.userId);
  await bank.clientOf('Вера', bank.a.users.sales_rep.userId);
});

describe('manager-departure handover freezes the leaving manager’s exports', () => {
  it('refuses bulk export for the departing manager only, until the handover closes', async () => {
    const leaving = bank.a.users.sales_manager;
    expect(
      (
        await bank.h.app.inject({
          method: 'GET',
          url: '/api/v1/contacts/export.csv',
          headers: { authorization: `Bearer ${leaving.token}` },
        })
      ).statusCode,
    ).toBe(200);
    const handover = await create<{ id: string; exportsFrozen: boolean; clients: unknown[] }>(
      admin(),
      '/bank/handovers',
      {
        departingUserId: leaving.userId,
        reason: 'resigned',
      },
    );
    expect(handover.exportsFrozen).toBe(true);
    expect(handover.clients.length).toBeGreaterThan(0);
    const refused = await call<ErrorBody>(leaving.token, 'GET', '/contacts/export.csv');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('frozen');
    expect((await call(leaving.token, 'GET', '/deals/export.csv')).status).toBe(403);
    expect(
      (
        await bank.h.app.inject({
          method: 'GET',
          url: '/api/v1/contacts/export.csv',
          headers: { authorization: `Bearer ${admin()}` },
        })
      ).statusCode,
    ).toBe(200);
    const twice = await call<ErrorBody>(admin(), 'POST', '/bank/handovers', {
      departingUserId: leaving.userId,
    });
    expect(twice.status).toBe(409);
    // Tenant B's admin sees nothing of it and its own managers export freely.
    expect((await call(bank.b.users.admin.token, 'GET', `/bank/handovers/${handover.id}`)).status).toBe(404);
    expect((await call(admin(), 'POST', `/bank/handovers/${handover.id}/close`, {})).status).toBe(200);
    expect(
      (
        await bank.h.app.inject({
          method: 'GET',
          url: '/api/v1/contacts/export.csv',
          headers: { authorization: `Bearer ${leaving.token}` },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('offers the members to pick from, with their clients, and names the field when the pick is wrong', async () => {
    interface Candidate {
      userId: string;
      name: string;
      email: string;
      clients: number;
      handoverRunning: boolean;
    }
    const listed = await call<{ items: Candidate[] }>(admin(), 'GET', '/bank/handover-candidates');
    expect(listed.status).toBe(200);
    const byUser = new Map(listed.body.items.map((c) => [c.userId, c]));
    const users = bank.a.users;
    expect(byUser.has(users.admin.userId)).toBe(false); // not oneself
    expect(byUser.get(users.sales_manager.userId)).toMatchObject({ clients: 2, handoverRunning: false });
    expect(byUser.get(users.sales_rep.userId)).toMatchObject({ clients: 1, handoverRunning: false });
    expect(listed.body.items[0]?.userId).toBe(users.sales_manager.userId); // most clients first
    const bIds = Object.values(bank.b.users).map((u) => u.userId);
    expect(listed.body.items.filter((c) => bIds.includes(c.userId))).toEqual([]);
    // Tenant B (no bank) gets 404; a rep may not see handovers.
    expect((await call(bank.b.users.admin.token, 'GET', '/bank/handover-candidates')).status).toBe(404);
    expect((await call(bank.a.users.sales_rep.token, 'GET', '/bank/handover-candidates')).status).toBe(403);

    const stranger = await call<ErrorBody>(admin(), 'POST', '/bank/handovers', {
      departingUserId: bank.b.users.sales_rep.userId,
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details.fields).toEqual([
      { field: 'departingUserId', message: 'is not a member of this workspace' },
    ]);
    const started = await create<{ id: string }>(admin(), '/bank/handovers', {
      departingUserId: users.sales_rep.userId,
      watchDays: 30,
    });
    const after = await call<{ items: Candidate[] }>(admin(), 'GET', '/bank/handover-candidates');
    expect(after.body.items.find((c) => c.userId === users.sales_rep.userId)?.handoverRunning).toBe(true);
    expect((await call(admin(), 'POST', `/bank/handovers/${started.id}/close`, {})).status).toBe(200);
  });
});
