import { describe, expect, it } from 'vitest';
import { campaignResults, isHeldOut } from '../src/server/campaigns/holdout.js';
import { chooseManager, type DistributionRuleFacts } from '../src/server/distribution/choose-manager.js';
import { daysOverdue, nextContactDue } from '../src/server/plans/cadence.js';
import { marginCents, valueTierOf } from '../src/server/profitability/value-tier.js';
import { secondProductFor } from '../src/workflows/eligibility.js';
import { lossSignal } from '../src/workflows/watch-handover-loss.js';

const ids = Array.from({ length: 4000 }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`);
const rule = (over: Partial<DistributionRuleFacts>): DistributionRuleFacts => ({
  id: 'r',
  priority: 100,
  clientType: null,
  segment: null,
  region: null,
  tierId: null,
  teamId: null,
  managerIds: ['m1'],
  ...over,
});
const client = { clientType: 'individual' as const, segment: 'Premium', region: 'Moscow', tierId: 'vip' };

describe('distribution rules', () => {
  it('takes the first matching rule by priority and its least loaded eligible manager', () => {
    const rules = [
      rule({ id: 'retail', priority: 100, managerIds: ['r1', 'r2'] }),
      rule({ id: 'premium', priority: 10, segment: 'premium', managerIds: ['p1', 'p2', 'p3'], teamId: 't1' }),
      rule({ id: 'sme', priority: 5, clientType: 'organisation', managerIds: ['s1'] }),
    ];
    const load = new Map([
      ['p1', 5],
      ['p2', 2],
      ['p3', 2],
    ]);
    expect(chooseManager(rules, client, load, () => true)).toEqual({
      ruleId: 'premium',
      teamId: 't1',
      managerId: 'p2',
    });
    // p2 leaving (export frozen / disabled): the next least loaded.
    expect(chooseManager(rules, client, load, (id) => id !== 'p2')).toMatchObject({ managerId: 'p3' });
    // Nobody of the premium pool can take clients: the next matching rule.
    expect(chooseManager(rules, client, load, (id) => !id.startsWith('p'))).toMatchObject({
      ruleId: 'retail',
      managerId: 'r1',
    });
    expect(chooseManager(rules, { ...client, clientType: 'organisation' }, load, () => true)).toMatchObject({
      ruleId: 'sme',
    });
    expect(chooseManager([rule({ region: 'Kazan' })], client, load, () => true)).toBeNull();
  });
});

describe('campaign holdout', () => {
  it('draws a stable share of clients into the holdout', () => {
    const held = ids.filter((id) => isHeldOut('campaign-1', id, 20)).length;
    expect(held / ids.length).toBeGreaterThan(0.17);
    expect(held / ids.length).toBeLessThan(0.23);
    expect(ids.filter((id) => isHeldOut('campaign-1', id, 20))).toEqual(
      ids.filter((id) => isHeldOut('campaign-1', id, 20)),
    );
    expect(ids.filter((id) => isHeldOut('campaign-1', id, 0))).toEqual([]);
  });

  it('measures the response of the targeted against the holdout', () => {
    const members = [
      ...Array.from({ length: 80 }, (_, i) => ({ arm: 'target' as const, responded: i < 20 })),
      ...Array.from({ length: 20 }, (_, i) => ({ arm: 'holdout' as const, responded: i < 2 })),
    ];
    expect(campaignResults(members)).toEqual({
      targeted: 80,
      targetedResponded: 20,
      targetedRate: 0.25,
      holdout: 20,
      holdoutResponded: 2,
      holdoutRate: 0.1,
      uplift: 0.15,
    });
    expect(campaignResults([]).uplift).toBe(0);
  });
});

describe('value tiers and cadence', () => {
  const thresholds = { a: 50_000, b: 15_000, c: 0 };
  it('derives margin exactly and the value tier from it', () => {
    expect(marginCents('100000.10', '20000.05', '0.02')).toBe(8_000_003);
    expect([60_000, 50_000, 20_000, 0, -0.01].map((m) => valueTierOf(m, thresholds))).toEqual([
      'A',
      'A',
      'B',
      'C',
      'D',
    ]);
  });

  it("puts the next contact one tier interval after the last, or a day after the plan's start", () => {
    const start = new Date('2026-01-01T00:00:00Z');
    expect(nextContactDue(null, start, 30).toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(nextContactDue(new Date('2026-02-01T00:00:00Z'), start, 30).toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    expect(daysOverdue(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-06T12:00:00Z'))).toBe(5);
    expect(daysOverdue(new Date('2026-03-07T00:00:00Z'), new Date('2026-03-06T12:00:00Z'))).toBe(0);
  });
});

describe('second-product eligibility and handover loss signals', () => {
  it('offers the next natural product to active, profitable clients only', () => {
    const active = { status: 'active', valueTier: 'B', clientType: 'individual' };
    expect(secondProductFor('current_account', active)).toBe('debit_card');
    expect(secondProductFor('current_account', { ...active, clientType: 'organisation' })).toBe('overdraft');
    expect(secondProductFor('deposit', active)).toBe('investment');
    expect(secondProductFor('deposit', { ...active, valueTier: 'D' })).toBeNull();
    expect(secondProductFor('deposit', { ...active, status: 'dormant' })).toBeNull();
  });

  it('flags closed products and falling balances', () => {
    expect(lossSignal({ balance: 1000, products: 2 }, { balance: 1000, products: 1 }, 30)).toBe(
      'products closed: 2 → 1',
    );
    expect(lossSignal({ balance: 1000, products: 2 }, { balance: 600, products: 2 }, 30)).toBe(
      'balances down 40%',
    );
    expect(lossSignal({ balance: 1000, products: 2 }, { balance: 800, products: 2 }, 30)).toBeNull();
  });
});
