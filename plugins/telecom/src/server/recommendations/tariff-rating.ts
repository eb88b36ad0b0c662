import { usageTypes, type UsageType } from '../offerings/offering.schema.js';

/** A price of an offering as rating needs it (amounts tax-included, in the offering's currency). */
export interface RatingPrice {
  priceType: string;
  recurringChargePeriodType: string | null;
  recurringChargePeriodLength: number | null;
  usageType: string | null;
  unitOfMeasureAmount: number | null;
  amount: number;
  currency: string;
}

/** An offering reduced to what re-pricing a month of usage needs. */
export interface Tariff {
  currency: string | null;
  /** The recurring charges per month. */
  monthlyFee: number;
  /** Quantity included in the fee, per usage type (0 when none). */
  allowance: Record<UsageType, number>;
  /** Price of usage beyond the allowance per unit, or null when it is not charged (throttled). */
  unitPrice: Record<UsageType, number | null>;
  /** Whether the tariff includes the usage type at all (an allowance or a usage price). */
  covers: Record<UsageType, boolean>;
}

const perMonth: Record<string, number> = { day: 30, week: 52 / 12, month: 1, year: 1 / 12 };

const byType = <T>(value: () => T): Record<UsageType, T> => ({ data: value(), voice: value(), sms: value() });

/** The tariff of a price list: recurring charges per month, allowances and usage rates per unit. */
export function tariffOf(prices: readonly RatingPrice[]): Tariff {
  const tariff: Tariff = {
    currency: prices[0]?.currency ?? null,
    monthlyFee: 0,
    allowance: byType(() => 0),
    unitPrice: byType((): number | null => null),
    covers: byType(() => false),
  };
  for (const price of prices) {
    const type = usageTypes.find((t) => t === price.usageType);
    if (price.priceType === 'recurring') {
      const factor = perMonth[price.recurringChargePeriodType ?? 'month'] ?? 1;
      tariff.monthlyFee += (price.amount * factor) / (price.recurringChargePeriodLength ?? 1);
    } else if (price.priceType === 'allowance' && type) {
      tariff.allowance[type] += price.unitOfMeasureAmount ?? 0;
      tariff.covers[type] = true;
    } else if (price.priceType === 'usage' && type) {
      tariff.covers[type] = true;
      const unit = price.unitOfMeasureAmount && price.unitOfMeasureAmount > 0 ? price.unitOfMeasureAmount : 1;
      tariff.unitPrice[type] = price.amount / unit;
    }
    // One-time charges do not recur, so they do not change what a month costs.
  }
  return tariff;
}

export type MonthUsage = Record<UsageType, number>;

const cents = (value: number) => Math.round(value * 100) / 100;

/** Whether a tariff can carry this usage: every usage type used is included (allowance or price). */
export function tariffCovers(tariff: Tariff, months: readonly MonthUsage[]): boolean {
  return usageTypes.every((type) => tariff.covers[type] || months.every((usage) => usage[type] === 0));
}

/** What a month of usage costs on a tariff: the fee plus usage beyond the allowances at the unit prices. */
export function rateMonth(tariff: Tariff, usage: MonthUsage): number {
  let total = tariff.monthlyFee;
  for (const type of usageTypes) {
    const price = tariff.unitPrice[type];
    if (price === null) continue;
    total += Math.max(0, usage[type] - tariff.allowance[type]) * price;
  }
  return cents(total);
}
