import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Plan {
  id: string;
  tenantId: string;
  managerId: string | null;
  contactId: string | null;
  clientName: string;
  tier: { key: string; contactIntervalDays: number };
  nextContactDueAt: string | null;
  valueTier: string | null;
  version: number;
  assignment?: { by: string; managerId: string; ruleId: string | null };
}
interface Referral {
  id: string;
  status: string;
  allowedTransitions: string[];
}
interface Offer {
  id: string;
  status: string;
  taskActivityId: string | null;
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;
const rep = () => a.users.sales_rep.token;
const manager = () => a.users.sales_manager.token;

/** A contact owned by `ownerId`, or by nobody (a new prospect). */
async function contact(firstName: string, ownerId: string | null = null): Promise<string> {
  return (await create<{ id: string }>(admin(), '/contacts', { firstName, ownerId })).id;
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Bank A');
  b = await createTestTenant(h, 'Bank B');
  // The sales manager leads a team (department) with the rep: the manager sees the team's clients.
  await create(admin(), '/teams', {
    name: 'Private banking',
    members: [
      { userId: a.users.sales_manager.userId, isManager: true },
      { userId: a.users.sales_rep.userId, isManager: false },
    ],
  });
  const enabled = await call(admin(), 'POST', '/plugins/bank/enable', { config: { seedDemoData: false } });
  expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
  for (const tier of [
    {
      key: 'vip',
      name: 'VIP',
      customerCategory: 'private_banking',
      serviceLevel: 'dedicated',
      contactIntervalDays: 30,
      rank: 1,
    },
    {
      key: 'mass',
      name: 'Mass',
      customerCategory: 'mass',
      serviceLevel: 'remote',
      contactIntervalDays: 180,
      rank: 4,
    },
  ]) {
    expect((await call(admin(), 'POST', '/bank/tiers', tier)).status).toBe(200);
  }
});
afterAll(async () => h.close());

describe('bank clients: distribution with "already owned" protection', () => {
  it('distributes an unowned client by the rules, keeps an owned one with its owner, refuses a second plan', async () => {
    const rule = await create<{ id: string }>(admin(), '/bank/distribution-rules', {
      name: 'VIP desk',
      priority: 10,
      tierKey: 'vip',
      managerIds: [a.users.sales_manager.userId, a.users.sales_rep.userId],
    });
    const unowned = await contact('Анна');
    const first = await create<Plan>(admin(), '/bank/clients', {
      contactId: unowned,
      tierKey: 'vip',
      segment: 'Premium',
    });
    expect(first.assignment).toMatchObject({ by: 'rule', ruleId: rule.id });
    // The core contact now belongs to the chosen manager, with its ownership history.
    const owner = await call<{ ownerId: string }>(admin(), 'GET', `/contacts/${unowned}`);
    expect(owner.body.ownerId).toBe(first.managerId);
    // The next client goes to the other, less loaded manager of the rule.
    const second = await create<Plan>(admin(), '/bank/clients', {
      contactId: await contact('Борис'),
      tierKey: 'vip',
    });
    expect(new Set([first.managerId, second.managerId])).toEqual(
      new Set([a.users.sales_manager.userId, a.users.sales_rep.userId]),
    );

    const owned = await contact('Вера', a.users.sales_rep.userId);
    const kept = await create<Plan>(admin(), '/bank/clients', { contactId: owned, tierKey: 'mass' });
    expect(kept).toMatchObject({ managerId: a.users.sales_rep.userId, assignment: { by: 'owner' } });
    const again = await call<ErrorBody>(admin(), 'POST', '/bank/clients', {
      contactId: owned,
      tierKey: 'vip',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already has a relationship plan');
    // A rep cannot take over a client someone else owns.
    const othersClient = await contact('Глеб', a.users.sales_manager.userId);
    const grab = await call<ErrorBody>(manager(), 'POST', '/bank/clients', {
      contactId: othersClient,
      tierKey: 'mass',
      managerId: a.users.sales_rep.userId,
    });
    expect(grab.status).toBe(201); // a sales manager may reassign within the team (assign on clients)
    const outside = await call<ErrorBody>(manager(), 'POST', '/bank/clients', {
      contactId: await contact('Ефим', a.users.sales_manager.userId),
      tierKey: 'mass',
      managerId: a.users.admin.userId,
    });
    expect(outside.status).toBe(403); // …but not to someone outside the team
    await create(admin(), '/bank/clients', {
      contactId: await contact('Жанна', a.users.admin.userId),
      tierKey: 'mass',
    });
    const repGrab = await call<ErrorBody>(rep(), 'POST', '/bank/clients', {
      contactId: await contact('Зоя', a.users.sales_manager.userId),
      tierKey: 'mass',
    });
    expect(repGrab.status).toBe(400); // the rep cannot even read that contact
    expect(fieldsOf(repGrab.body)).toEqual(['contactId']);
  });

  it('refuses bad input naming the fields, writing nothing', async () => {
    const neither = await call<ErrorBody>(admin(), 'POST', '/bank/clients', { tierKey: 'vip' });
    expect(neither.status).toBe(400);
    expect(fieldsOf(neither.body)).toEqual(['contactId']);
    const noTier = await call<ErrorBody>(admin(), 'POST', '/bank/clients', {
      contactId: await contact('Дина'),
      tierKey: 'gold',
    });
    expect(fieldsOf(noTier.body)).toEqual(['tierKey']);
    const plan = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients')).body.items[0];
    const product = await call<ErrorBody>(admin(), 'POST', '/bank/products', {
      planId: plan?.id,
      productType: 'debit_card',
      number: 'X-1',
      openedAt: '2026-01-01',
      currency: 'rub',
      balance: 'lots',
    });
    expect(product.status).toBe(400);
    expect(fieldsOf(product.body).sort()).toEqual(['balance', 'currency']);
  });

  it("lets reps see their clients, managers their team's and admins all; a tier change moves the next contact", async () => {
    const all = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients?limit=200')).body.items;
    const mine = (await call<Items<Plan>>(rep(), 'GET', '/bank/clients?limit=200')).body.items;
    const team = (await call<Items<Plan>>(manager(), 'GET', '/bank/clients?limit=200')).body.items;
    const teamIds = [a.users.sales_manager.userId, a.users.sales_rep.userId];
    expect(team.every((p) => p.managerId !== null && teamIds.includes(p.managerId))).toBe(true);
    expect(team.length).toBeGreaterThan(mine.length);
    expect(team.length).toBeLessThan(all.length);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((p) => p.managerId === a.users.sales_rep.userId)).toBe(true);
    const others = all.find((p) => p.managerId !== a.users.sales_rep.userId);
    expect((await call(rep(), 'GET', `/bank/clients/${others?.id}`)).status).toBe(404);
    // One client's plan by its contact, within the actor's scope only.
    const person = all.find((p) => p.contactId !== null && p.managerId !== a.users.sales_rep.userId);
    if (!person?.contactId) throw new Error('the seed has an individual client of another manager');
    const byContact = `/bank/clients?contactId=${person.contactId}`;
    expect((await call<Items<Plan>>(admin(), 'GET', byContact)).body.items.map((p) => p.id)).toEqual([
      person.id,
    ]);
    expect((await call<Items<Plan>>(rep(), 'GET', byContact)).body.items).toEqual([]);
    const own = mine[0];
    if (!own) throw new Error('the rep has a client');
    const changed = await call<Plan>(rep(), 'PATCH', `/bank/clients/${own.id}`, {
      tierKey: own.tier.key === 'vip' ? 'mass' : 'vip',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.tier.key).not.toBe(own.tier.key);
    // Profitability is for managers and admins, not reps.
    const snapshot = { planId: own.id, period: '2026-10-01', revenue: 70000, costToServe: 12000 };
    expect((await call(rep(), 'POST', `/bank/clients/${own.id}/profitability`, snapshot)).status).toBe(403);
    const recorded = await call<{ margin: string; valueTier: string }>(
      admin(),
      'POST',
      `/bank/clients/${own.id}/profitability`,
      snapshot,
    );
    expect(recorded.body).toMatchObject({ margin: '58000.00', valueTier: 'A' });
    expect((await call<Plan>(admin(), 'GET', `/bank/clients/${own.id}`)).body.valueTier).toBe('A');
  });
});

describe('referrals and offers: state machines, logged', () => {
  it('moves a referral Submitted → In review → Authorized and refuses skipping or reopening', async () => {
    const plan = (await call<Items<Plan>>(rep(), 'GET', '/bank/clients')).body.items[0];
    const referral = await create<Referral>(rep(), '/bank/referrals', {
      planId: plan?.id,
      productType: 'mortgage',
    });
    expect(referral).toMatchObject({ status: 'submitted', allowedTransitions: ['in_review'] });
    const skip = await call<ErrorBody>(manager(), 'POST', `/bank/referrals/${referral.id}/transition`, {
      to: 'authorized',
    });
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toBe(
      'Invalid referral transition Submitted → Authorized; from Submitted it can move to: In review',
    );
    expect(
      (await call(rep(), 'POST', `/bank/referrals/${referral.id}/transition`, { to: 'in_review' })).status,
    ).toBe(200);
    // Deciding is for those who may decide (sales managers, admins).
    expect(
      (await call(rep(), 'POST', `/bank/referrals/${referral.id}/transition`, { to: 'authorized' })).status,
    ).toBe(403);
    const noReason = await call<ErrorBody>(admin(), 'POST', `/bank/referrals/${referral.id}/transition`, {
      to: 'rejected',
    });
    expect(fieldsOf(noReason.body), JSON.stringify(noReason.body)).toEqual(['reason']);
    expect(
      (await call(admin(), 'POST', `/bank/referrals/${referral.id}/transition`, { to: 'authorized' })).status,
    ).toBe(200);
    const reopen = await call<ErrorBody>(admin(), 'POST', `/bank/referrals/${referral.id}/transition`, {
      to: 'in_review',
    });
    expect(reopen.status).toBe(409);
    const history = await call<Items<{ fromStatus: string | null; toStatus: string }>>(
      rep(),
      'GET',
      `/bank/referrals/${referral.id}/history`,
    );
    expect(history.body.items.map((c) => c.toStatus)).toEqual(['authorized', 'in_review', 'submitted']);
  });

  it('opens an offer with a task, accepts it, and refuses going back', async () => {
    const plan = (await call<Items<Plan>>(rep(), 'GET', '/bank/clients')).body.items[0];
    const offer = await create<Offer>(rep(), '/bank/offers', { planId: plan?.id, productType: 'savings' });
    expect(offer.status).toBe('proposed');
    expect((await call(rep(), 'GET', `/activities/${offer.taskActivityId}`)).status).toBe(200);
    const declined = await call<ErrorBody>(rep(), 'POST', `/bank/offers/${offer.id}/transition`, {
      to: 'declined',
    });
    expect(fieldsOf(declined.body)).toEqual(['reason']);
    expect(
      (await call(rep(), 'POST', `/bank/offers/${offer.id}/transition`, { to: 'accepted' })).status,
    ).toBe(200);
    const back = await call<ErrorBody>(rep(), 'POST', `/bank/offers/${offer.id}/transition`, {
      to: 'presented',
    });
    expect(back.status).toBe(409);
    expect(back.body.error.message).toContain('Invalid offer transition Accepted → Presented');
  });
});

describe('campaigns with a holdout', () => {
  it('targets the non-holdout members with offers and measures the response against the holdout', async () => {
    const campaign = await create<{ id: string }>(admin(), '/bank/campaigns', {
      name: 'Savings push',
      productType: 'savings',
      holdoutPercent: 20,
    });
    const planIds = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients?limit=200')).body.items.map(
      (p) => p.id,
    );
    const added = await call<{ results: { targeted: number; holdout: number } }>(
      admin(),
      'POST',
      `/bank/campaigns/${campaign.id}/members`,
      { id: campaign.id, planIds },
    );
    expect(added.status).toBe(200);
    const { targeted, holdout } = added.body.results;
    expect(targeted + holdout).toBe(planIds.length);
    expect(targeted).toBeGreaterThan(0); // ~9 clients, each held out with p = 0.2
    const early = await call<ErrorBody>(admin(), 'POST', `/bank/campaigns/${campaign.id}/transition`, {
      to: 'evaluated',
    });
    expect(early.status).toBe(409);
    const started = await call<{ status: string }>(
      admin(),
      'POST',
      `/bank/campaigns/${campaign.id}/transition`,
      { to: 'running' },
    );
    expect(started.body.status).toBe('running');
    const offers = (
      await call<Items<Offer & { campaignId: string }>>(admin(), 'GET', '/bank/offers?source=campaign')
    ).body.items;
    expect(offers.filter((o) => o.campaignId === campaign.id)).toHaveLength(targeted);
    const tooSoon = await call<ErrorBody>(admin(), 'POST', `/bank/campaigns/${campaign.id}/transition`, {
      to: 'evaluated',
    });
    expect(tooSoon.body.error.message).toContain('response window is still open');
    const report = await call<{ result: { rows: { campaignId: string; results: { targeted: number } }[] } }>(
      admin(),
      'POST',
      '/reports/bank.campaignResponse/run',
      { input: {} },
    );
    expect(report.body.result.rows.find((r) => r.campaignId === campaign.id)?.results.targeted).toBe(
      targeted,
    );
  });
});

describe('manager-departure handover freezes the leaving manager’s exports', () => {
  it('refuses bulk export for the departing manager only, until the handover closes', async () => {
    const leaving = a.users.sales_manager;
    expect(
      (
        await h.app.inject({
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
        await h.app.inject({
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
    expect((await call(b.users.admin.token, 'GET', `/bank/handovers/${handover.id}`)).status).toBe(404);
    expect((await call(admin(), 'POST', `/bank/handovers/${handover.id}/close`, {})).status).toBe(200);
    expect(
      (
        await h.app.inject({
          method: 'GET',
          url: '/api/v1/contacts/export.csv',
          headers: { authorization: `Bearer ${leaving.token}` },
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('the plugin switched per tenant', () => {
  it('answers 404 for a tenant without it, keeps the data when disabled and brings it back', async () => {
    expect((await call(b.users.admin.token, 'GET', '/bank/clients')).status).toBe(404);
    const before = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients?limit=200')).body.items.length;
    expect((await call(admin(), 'POST', '/plugins/bank/disable', {})).status).toBe(200);
    expect((await call(admin(), 'GET', '/bank/clients')).status).toBe(404);
    expect((await call(admin(), 'POST', '/reports/bank.referralsFunnel/run', { input: {} })).status).toBe(
      404,
    );
    expect(
      (await call(admin(), 'POST', '/plugins/bank/enable', { config: { seedDemoData: false } })).status,
    ).toBe(200);
    expect((await call<Items<Plan>>(admin(), 'GET', '/bank/clients?limit=200')).body.items).toHaveLength(
      before,
    );
    const funnel = await call<{ result: { total: { submitted: number; authorized: number } } }>(
      admin(),
      'POST',
      '/reports/bank.referralsFunnel/run',
      {
        input: {},
      },
    );
    expect(funnel.body.result.total).toMatchObject({ submitted: 1, authorized: 1 });
    const invalid = await call<ErrorBody>(admin(), 'POST', '/plugins/bank/enable', {
      config: { defaultCurrency: 'rubles' },
    });
    expect(fieldsOf(invalid.body)).toEqual(['config.defaultCurrency']);
  });
});
