import { describe, expect, it } from 'vitest';
import { analyseSavings, lastWholeMonths } from '../src/server/recommendations/savings.js';
import { rateMonth, tariffOf, type RatingPrice } from '../src/server/recommendations/tariff-rating.js';
import { dueRungs, slaDueAt, slaPercent } from '../src/server/tickets/ticket-sla.js';
import { churnScore } from '../src/server/accounts/churn-score.js';

const fee = (amount: number, period = 'month', length = 1): RatingPrice => ({
  priceType: 'recurring',
  recurringChargePeriodType: period,
  recurringChargePeriodLength: length,
  usageType: null,
  unitOfMeasureAmount: null,
  amount,
  currency: 'RUB',
});
const allowance = (usageType: string, amount: number): RatingPrice => ({
  priceType: 'allowance',
  recurringChargePeriodType: null,
  recurringChargePeriodLength: null,
  usageType,
  unitOfMeasureAmount: amount,
  amount: 0,
  currency: 'RUB',
});
const rate = (usageType: string, amount: number, per = 1, currency = 'RUB'): RatingPrice => ({
  priceType: 'usage',
  recurringChargePeriodType: null,
  recurringChargePeriodLength: null,
  usageType,
  unitOfMeasureAmount: per,
  amount,
  currency,
});

// The demo catalogue's tariffs (seed-catalog.ts).
const start5 = [
  fee(300),
  allowance('data', 5),
  allowance('voice', 200),
  rate('data', 120),
  rate('voice', 2.5),
  rate('sms', 2),
];
const basic10 = [
  fee(390),
  allowance('data', 10),
  allowance('voice', 300),
  allowance('sms', 100),
  rate('data', 90),
  rate('voice', 2),
  rate('sms', 1.5),
];
const unlimitedCalls = allowance('voice', 100_000);
const unlimited30 = [
  fee(650),
  allowance('data', 30),
  unlimitedCalls,
  allowance('sms', 100_000),
  rate('data', 50),
];
const max60 = [fee(990), allowance('data', 60), unlimitedCalls, allowance('sms', 100_000), rate('data', 40)];
const august = { data: 7.2, voice: 340, sms: 20 };
const september = { data: 8.1, voice: 410, sms: 15 };
const october = { data: 6.5, voice: 380, sms: 10 };
const months = [
  { month: '2026-08', usage: august },
  { month: '2026-09', usage: september },
  { month: '2026-10', usage: october },
];

describe('rating a month of usage', () => {
  it('charges the fee plus usage beyond the allowances at the unit prices', () => {
    // 300 + 2.2 GB × 120 + 140 min × 2.5 + 20 SMS × 2
    expect(rateMonth(tariffOf(start5), august)).toBe(954);
    // 390 + 40 min × 2
    expect(rateMonth(tariffOf(basic10), august)).toBe(470);
    // Unlimited calls: only the fee while data stays in the allowance; 50 per GB beyond it.
    expect(rateMonth(tariffOf(unlimited30), { data: 33.5, voice: 2000, sms: 50 })).toBe(825);
  });

  it('turns other recurring periods into a month, prices per unit of measure, and ignores one-time charges', () => {
    const tariff = tariffOf([
      fee(1200, 'year'),
      { ...fee(1000), priceType: 'oneTime', recurringChargePeriodType: null },
      rate('data', 150, 5),
    ]);
    expect(tariff.monthlyFee).toBe(100);
    expect(rateMonth(tariff, { data: 10, voice: 0, sms: 0 })).toBe(400);
  });
});

describe('the tariff-savings analysis', () => {
  it('re-prices three months on every candidate and picks the cheapest, month by month', () => {
    const analysis = analyseSavings(
      start5,
      [
        { id: 'u30', name: 'Безлимит 30 ГБ', prices: unlimited30 },
        { id: 'b10', name: 'Базовый 10 ГБ', prices: basic10 },
        { id: 'm60', name: 'Максимум 60 ГБ', prices: max60 },
        { id: 'eur', name: 'Euro', prices: [{ ...fee(5), currency: 'EUR' }] },
      ],
      months,
    );
    // (954 + 1227 + 950) / 3 on Start 5 GB; (470 + 610 + 550) / 3 on Basic 10 GB.
    expect(analysis.currentMonthlyAvg).toBe(1043.67);
    expect(analysis.best).toEqual({
      offeringId: 'b10',
      offeringName: 'Базовый 10 ГБ',
      recommendedMonthlyAvg: 543.33,
      monthlySaving: 500.34,
      months: [
        { month: '2026-08', usage: august, currentCost: 954, recommendedCost: 470, saving: 484 },
        { month: '2026-09', usage: september, currentCost: 1227, recommendedCost: 610, saving: 617 },
        { month: '2026-10', usage: october, currentCost: 950, recommendedCost: 550, saving: 400 },
      ],
    });
    expect(analysis.candidates.map((c) => [c.offeringId, c.monthlyAvg, c.monthlySaving])).toEqual([
      ['b10', 543.33, 500.34],
      ['u30', 650, 393.67],
      ['m60', 990, 53.67],
    ]);
  });

  it('leaves out a tariff that does not include a kind of usage the client had', () => {
    const dataOnly = [fee(100), allowance('data', 50)];
    const analysis = analyseSavings(start5, [{ id: 'd', name: 'Data only', prices: dataOnly }], months);
    expect(analysis.candidates).toEqual([]);
    expect(analysis.best).toBeNull();
    const noCalls = months.map((m) => ({ ...m, usage: { ...m.usage, voice: 0, sms: 0 } }));
    expect(
      analyseSavings(start5, [{ id: 'd', name: 'Data only', prices: dataOnly }], noCalls).best?.offeringId,
    ).toBe('d');
  });

  it('offers nothing when no candidate is cheaper', () => {
    const analysis = analyseSavings(basic10, [{ id: 'm60', name: 'Максимум 60 ГБ', prices: max60 }], months);
    expect(analysis.best).toBeNull();
    expect(analysis.candidates[0]?.monthlySaving).toBe(-446.67);
  });

  it('takes the last three whole calendar months before the day', () => {
    expect(lastWholeMonths(new Date('2026-01-20T10:00:00Z')).map((m) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });
});

describe('ticket SLA and churn', () => {
  const ladder = [
    { atPercent: 50, notifyRoles: ['support_agent'], notifyAccountManager: false },
    { atPercent: 100, notifyRoles: ['sales_manager'], notifyAccountManager: true },
    { atPercent: 150, notifyRoles: ['admin'], notifyAccountManager: true },
  ];

  it('sets the due time by severity and finds the rungs reached and not yet sent', () => {
    const created = new Date('2026-11-27T08:00:00Z');
    const due = slaDueAt(created, 'critical', { critical: 8, major: 24, minor: 72 });
    expect(due.toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(slaPercent(created, due, new Date('2026-11-27T12:00:00Z'))).toBe(50);
    expect(dueRungs(ladder, 50, 0).map((r) => r.level)).toEqual([1]);
    expect(dueRungs(ladder, 49, 0)).toEqual([]);
    expect(dueRungs(ladder, 160, 1).map((r) => r.level)).toEqual([2, 3]);
    expect(dueRungs(ladder, 160, 3)).toEqual([]);
  });

  it('scores 3 tickets in the window at the default threshold of 60', () => {
    expect(churnScore({ ticketsInWindow: 3, breachedInWindow: 0, criticalInWindow: 0 }, 3)).toBe(60);
    expect(churnScore({ ticketsInWindow: 2, breachedInWindow: 0, criticalInWindow: 0 }, 3)).toBe(40);
    expect(churnScore({ ticketsInWindow: 6, breachedInWindow: 2, criticalInWindow: 1 }, 3)).toBe(100);
  });
});
