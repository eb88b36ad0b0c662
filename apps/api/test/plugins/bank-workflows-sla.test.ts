import { describe, expect, it } from 'vitest';
import { bankWorkflowHarness, DAY_MS } from './bank-workflow-harness.js';

const w = bankWorkflowHarness('bank-workflows-sla');
const { call, create, admin, client, installed, age, tasksOf } = w;

interface Referral {
  id: string;
  status: string;
}
interface Campaign {
  id: string;
  status: string;
  evaluatedAt: string | null;
  results: { targeted: number; targetedResponded: number; holdout: number; holdoutResponded: number };
}

describe('referral review SLA on real Temporal', () => {
  it(
    'escalates a referral not taken into review in 24 h and one not decided in 5 days to the team lead, once',
    { timeout: 180_000 },
    async () => {
      const rep = w.a.users.sales_rep;
      const refer = async (name: string) => {
        const { planId, contactId } = await client(name, 'mass', []);
        const referral = await create<Referral>(rep.token, '/bank/referrals', {
          planId,
          productType: 'mortgage',
          referredToUserId: rep.userId,
        });
        return { referral, contactId };
      };
      const unattended = await refer('Unattended');
      const fresh = await refer('Fresh');
      const undecided = await refer('Undecided');
      await age('BankReferral', 'submittedAt', unattended.referral.id, 2);
      const review = await call(rep.token, 'POST', `/bank/referrals/${undecided.referral.id}/transition`, {
        to: 'in_review',
      });
      expect(review.status).toBe(200);
      await age('BankReferral', 'reviewStartedAt', undecided.referral.id, 6);

      const sla = await installed('bank.referralReviewSla');
      expect((await sla.runNow()).status).toBe('completed');
      await sla.runNow();

      const escalations = async (contactId: string) =>
        (await tasksOf(contactId)).filter((t) => t.subject.startsWith('Referral not'));
      expect((await escalations(unattended.contactId)).map((t) => [t.subject, t.ownerId])).toEqual([
        ['Referral not taken into review within 24 h', w.a.users.sales_manager.userId],
      ]);
      expect((await escalations(undecided.contactId)).map((t) => [t.subject, t.ownerId])).toEqual([
        ['Referral not decided within 5 days', w.a.users.sales_manager.userId],
      ]);
      expect(await escalations(fresh.contactId)).toEqual([]);
    },
  );
});

describe('campaign evaluation on real Temporal', () => {
  it(
    'evaluates a running campaign once its response window closed: targeted against holdout',
    { timeout: 180_000 },
    async () => {
      const campaign = await create<Campaign>(admin(), '/bank/campaigns', {
        name: 'Savings week',
        productType: 'savings',
        holdoutPercent: 50,
        responseWindowDays: 1,
      });
      // The holdout draw is pseudo-random per campaign and client (random ids here): add clients until
      // both arms have someone and there are at least four, so the comparison below always has two sides.
      const members: { planId: string }[] = [];
      let added = { targeted: 0, holdout: 0 };
      const names = [
        'Anna',
        'Boris',
        'Vera',
        'Gleb',
        'Dina',
        'Egor',
        'Zoya',
        'Ilya',
        'Kira',
        'Lev',
        'Mila',
        'Nil',
      ];
      for (const name of names) {
        if (members.length >= 4 && added.targeted > 0 && added.holdout > 0) break;
        const member = await client(name, 'mass', []);
        members.push(member);
        const res = await call<{ results: { targeted: number; holdout: number } }>(
          admin(),
          'POST',
          `/bank/campaigns/${campaign.id}/members`,
          { id: campaign.id, planIds: [member.planId] },
        );
        expect(res.status).toBe(200);
        added = res.body.results;
      }
      expect(added.targeted).toBeGreaterThan(0);
      expect(added.holdout).toBeGreaterThan(0);
      expect(added.targeted + added.holdout).toBe(members.length);
      expect(
        (await call(admin(), 'POST', `/bank/campaigns/${campaign.id}/transition`, { to: 'running' })).status,
      ).toBe(200);
      // Two days pass; every member opened a savings account inside the one-day window, the last after it.
      await age('BankCampaign', 'startedAt', campaign.id, 2);
      const last = members.length - 1;
      for (const [i, member] of members.entries()) {
        await create(admin(), '/bank/products', {
          planId: member.planId,
          productType: 'savings',
          number: `SW-${i}`,
          openedAt: new Date(Date.now() - (i === last ? 0.5 : 1.5) * DAY_MS).toISOString(),
          balance: 1000,
        });
      }
      const evaluation = await installed('bank.campaignEvaluation');
      expect((await evaluation.runNow()).status).toBe('completed');
      const evaluated = await call<Campaign>(admin(), 'GET', `/bank/campaigns/${campaign.id}`);
      expect(evaluated.body.status).toBe('evaluated');
      expect(evaluated.body.evaluatedAt).not.toBeNull();
      const { targeted, targetedResponded, holdout, holdoutResponded } = evaluated.body.results;
      expect([targeted, holdout]).toEqual([added.targeted, added.holdout]);
      expect(targetedResponded + holdoutResponded).toBe(last);

      await evaluation.runNow();
      const again = await call<Campaign>(admin(), 'GET', `/bank/campaigns/${campaign.id}`);
      expect(again.body.evaluatedAt).toBe(evaluated.body.evaluatedAt);
    },
  );
});
