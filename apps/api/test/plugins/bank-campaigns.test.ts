import { beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody } from '../support/rest-call.js';
import { bankHarness, type Plan, type Offer, type Items } from './bank-harness.js';

const bank = bankHarness();
const { call, create, admin } = bank;

// Nine clients across the team and the admin: each is held out with p = 0.2, so some are targeted.
beforeAll(async () => {
  const owners = [bank.a.users.sales_manager, bank.a.users.sales_rep, bank.a.users.admin];
  for (const [i, name] of [
    'Анна',
    'Борис',
    'Вера',
    'Глеб',
    'Дина',
    'Ефим',
    'Жанна',
    'Зоя',
    'Иван',
  ].entries()) {
    await bank.clientOf(
      name,
      owners[i % owners.length]?.userId ?? bank.a.users.admin.userId,
      i % 2 ? 'vip' : 'mass',
    );
  }
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
