import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import { bankHarness, type Plan, type Referral, type Offer, type Items } from './bank-harness.js';

const bank = bankHarness();
const { call, create, admin, rep, manager } = bank;

// The rep's client, whom the referral and the offer are for.
beforeAll(async () => {
  await bank.clientOf('Олег', bank.a.users.sales_rep.userId);
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
