import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import { bankHarness, type Plan, type Items } from './bank-harness.js';

const bank = bankHarness();
const { call, admin, rep, manager } = bank;

// A client with one referral authorized: what the funnel report must still count after re-enabling.
beforeAll(async () => {
  const plan = await bank.clientOf('Олег', bank.a.users.sales_rep.userId);
  const referral = await bank.create<{ id: string }>(rep(), '/bank/referrals', {
    planId: plan.id,
    productType: 'mortgage',
  });
  for (const [token, to] of [
    [rep(), 'in_review'],
    [manager(), 'authorized'],
  ] as const) {
    expect((await call(token, 'POST', `/bank/referrals/${referral.id}/transition`, { to })).status).toBe(200);
  }
});

describe('the plugin switched per tenant', () => {
  it('answers 404 for a tenant without it, keeps the data when disabled and brings it back', async () => {
    expect((await call(bank.b.users.admin.token, 'GET', '/bank/clients')).status).toBe(404);
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
