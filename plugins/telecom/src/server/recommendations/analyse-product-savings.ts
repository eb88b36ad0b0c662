import { AppError } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { usageTypes } from '../offerings/offering.schema.js';
import { ratedUsageStatuses } from '../usage/usage.schema.js';
import { toNumber } from '../shared/representation.js';
import { analyseSavings, lastWholeMonths, type SavingsAnalysis } from './savings.js';
import type { MonthUsage, RatingPrice } from './tariff-rating.js';

const priceFields = {
  priceType: true,
  recurringChargePeriodType: true,
  recurringChargePeriodLength: true,
  usageType: true,
  unitOfMeasureAmount: true,
  amount: true,
  currency: true,
} as const;

type PriceFields = {
  priceType: string;
  recurringChargePeriodType: string | null;
  recurringChargePeriodLength: number | null;
  usageType: string | null;
  unitOfMeasureAmount: { toString(): string } | null;
  amount: { toString(): string };
  currency: string;
};

const ratingPrice = (p: PriceFields): RatingPrice => ({
  ...p,
  unitOfMeasureAmount: p.unitOfMeasureAmount === null ? null : toNumber(p.unitOfMeasureAmount, 3),
  amount: toNumber(p.amount),
});

export interface ProductSavings extends SavingsAnalysis {
  productId: string;
  accountId: string;
  currentOfferingId: string;
  currentOfferingName: string;
  /** Null when the analysis could run; otherwise why not (too little history). */
  skipped: 'insufficientHistory' | null;
}

/**
 * The tariff-savings analysis of one subscription: its rated usage of the last three whole months,
 * re-priced on its own tariff and on every eligible Launched, sellable offering valid today whose
 * market segments meet the current one's. Reads only; runs in the tenant's unit of work.
 */
export async function analyseProductSavings(
  tdb: TelecomDb,
  tenantId: string,
  productId: string,
  asOf = new Date(),
): Promise<ProductSavings> {
  const product = await tdb.telecomProduct.findFirst({
    where: { tenantId, id: productId },
    select: {
      id: true,
      accountId: true,
      startDate: true,
      offering: {
        select: { id: true, name: true, marketSegment: true, prices: { select: priceFields } },
      },
    },
  });
  if (!product) throw AppError.notFound('Subscription');
  const months = lastWholeMonths(asOf, 3);
  const first = months[0];
  const last = months.at(-1);
  const base = {
    productId,
    accountId: product.accountId,
    currentOfferingId: product.offering.id,
    currentOfferingName: product.offering.name,
  };
  const current = product.offering.prices.map(ratingPrice);
  if (!first || !last || (product.startDate && product.startDate > first.from)) {
    return { ...base, ...analyseSavings(current, [], []), skipped: 'insufficientHistory' };
  }
  const rows = await tdb.telecomUsage.findMany({
    where: {
      tenantId,
      productId,
      status: { in: [...ratedUsageStatuses] },
      usageDate: { gte: first.from, lt: last.to },
    },
    select: { usageDate: true, usageType: true, amount: true },
  });
  const usage = months.map(({ month, from, to }) => {
    const totals: MonthUsage = { data: 0, voice: 0, sms: 0 };
    for (const row of rows) {
      const type = usageTypes.find((t) => t === row.usageType);
      if (type && row.usageDate >= from && row.usageDate < to) totals[type] += toNumber(row.amount, 3);
    }
    return { month, usage: totals };
  });
  const segments = product.offering.marketSegment;
  const offerings = await tdb.telecomProductOffering.findMany({
    where: {
      tenantId,
      lifecycleStatus: 'Launched',
      isSellable: true,
      id: { not: product.offering.id },
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: asOf } }] },
        { OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
      ],
    },
    select: { id: true, name: true, marketSegment: true, prices: { select: priceFields } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const eligible = offerings.filter(
    (o) =>
      o.prices.length > 0 &&
      (segments.length === 0 ||
        o.marketSegment.length === 0 ||
        o.marketSegment.some((s) => segments.includes(s))),
  );
  const candidates = eligible.map((o) => ({ id: o.id, name: o.name, prices: o.prices.map(ratingPrice) }));
  return { ...base, ...analyseSavings(current, candidates, usage), skipped: null };
}
