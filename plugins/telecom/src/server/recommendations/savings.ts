import { rateMonth, tariffCovers, tariffOf, type MonthUsage, type RatingPrice } from './tariff-rating.js';

export interface SavingsMonth {
  /** `YYYY-MM`. */
  month: string;
  usage: MonthUsage;
  currentCost: number;
  recommendedCost: number;
  saving: number;
}

export interface CandidateOffering {
  id: string;
  name: string;
  prices: readonly RatingPrice[];
}

export interface SavingsAnalysis {
  currency: string;
  currentMonthlyAvg: number;
  /** The cheapest eligible offering for this usage, or null when none is cheaper (or none eligible). */
  best: {
    offeringId: string;
    offeringName: string;
    recommendedMonthlyAvg: number;
    monthlySaving: number;
    months: SavingsMonth[];
  } | null;
  /** Every candidate re-priced, cheapest first (what the manager may compare). */
  candidates: { offeringId: string; offeringName: string; monthlyAvg: number; monthlySaving: number }[];
}

const cents = (value: number) => Math.round(value * 100) / 100;
const average = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Re-prices the client's months of usage on the current tariff and on every candidate (VERTICALS.md,
 * telecom workflow 1): saving = avg(actual) − avg(simulated). Candidates in another currency, or that
 * do not include a kind of usage the client had (no allowance and no price for it), are not eligible.
 */
export function analyseSavings(
  current: readonly RatingPrice[],
  candidates: readonly CandidateOffering[],
  months: readonly { month: string; usage: MonthUsage }[],
): SavingsAnalysis {
  const currentTariff = tariffOf(current);
  const currency = currentTariff.currency ?? 'RUB';
  const currentCosts = months.map((m) => rateMonth(currentTariff, m.usage));
  const currentMonthlyAvg = cents(average(currentCosts));
  const priced = candidates
    .map((candidate) => ({ candidate, tariff: tariffOf(candidate.prices) }))
    .filter(
      ({ tariff }) =>
        tariff.currency === currency &&
        tariffCovers(
          tariff,
          months.map((m) => m.usage),
        ),
    )
    .map(({ candidate, tariff }) => {
      const costs = months.map((m) => rateMonth(tariff, m.usage));
      const monthlyAvg = cents(average(costs));
      return { candidate, costs, monthlyAvg, monthlySaving: cents(currentMonthlyAvg - monthlyAvg) };
    })
    .sort((a, b) => a.monthlyAvg - b.monthlyAvg || a.candidate.name.localeCompare(b.candidate.name));
  const cheapest = priced[0];
  return {
    currency,
    currentMonthlyAvg,
    best:
      cheapest && cheapest.monthlySaving > 0
        ? {
            offeringId: cheapest.candidate.id,
            offeringName: cheapest.candidate.name,
            recommendedMonthlyAvg: cheapest.monthlyAvg,
            monthlySaving: cheapest.monthlySaving,
            months: months.map((m, index) => {
              const currentCost = currentCosts[index] ?? 0;
              const recommendedCost = cheapest.costs[index] ?? 0;
              return {
                month: m.month,
                usage: m.usage,
                currentCost,
                recommendedCost,
                saving: cents(currentCost - recommendedCost),
              };
            }),
          }
        : null,
    candidates: priced.map(({ candidate, monthlyAvg, monthlySaving }) => ({
      offeringId: candidate.id,
      offeringName: candidate.name,
      monthlyAvg,
      monthlySaving,
    })),
  };
}

/** The last `count` whole calendar months before `asOf` (UTC), oldest first, as `YYYY-MM` with bounds. */
export function lastWholeMonths(asOf: Date, count = 3): { month: string; from: Date; to: Date }[] {
  const out: { month: string; from: Date; to: Date }[] = [];
  for (let back = count; back >= 1; back -= 1) {
    const from = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - back, 1));
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    out.push({ month: from.toISOString().slice(0, 7), from, to });
  }
  return out;
}
