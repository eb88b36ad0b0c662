import { AppError, newId, type FieldIssue } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import type { OfferingPriceInput } from './offering.schema.js';

/** Field problems of a price list: one currency per offering, at most one recurring price per period. */
export function priceIssues(prices: readonly OfferingPriceInput[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const currency = prices[0]?.price.taxIncludedAmount.unit;
  prices.forEach((price, index) => {
    if (price.price.taxIncludedAmount.unit !== currency)
      issues.push({
        field: `productOfferingPrice.${index}.price.taxIncludedAmount.unit`,
        message: `must be ${currency ?? ''} like the offering's first price`,
      });
  });
  return issues;
}

/** Replaces an offering's prices (in the order given). */
export async function replacePrices(
  tdb: TelecomDb,
  tenantId: string,
  offeringId: string,
  prices: readonly OfferingPriceInput[],
): Promise<void> {
  await tdb.telecomProductOfferingPrice.deleteMany({ where: { tenantId, offeringId } });
  if (prices.length === 0) return;
  await tdb.telecomProductOfferingPrice.createMany({
    data: prices.map((price, position) => ({
      tenantId,
      id: newId(),
      offeringId,
      position,
      name: price.name,
      priceType: price.priceType,
      recurringChargePeriodType: price.recurringChargePeriodType ?? null,
      recurringChargePeriodLength:
        price.priceType === 'recurring' ? (price.recurringChargePeriodLength ?? 1) : null,
      usageType: price.usageType ?? null,
      unitOfMeasureAmount: price.unitOfMeasure?.amount ?? null,
      unitOfMeasureUnits: price.unitOfMeasure?.units ?? null,
      amount: price.price.taxIncludedAmount.value,
      currency: price.price.taxIncludedAmount.unit,
      taxRate: price.price.taxRate ?? 0,
    })),
  });
}

/** Replaces what a bundle is made of; every part must be an existing offering of the tenant. */
export async function replaceBundle(
  tdb: TelecomDb,
  tenantId: string,
  bundleId: string,
  parts: readonly { id: string }[],
): Promise<void> {
  const ids = [...new Set(parts.map((p) => p.id))];
  const found = await tdb.telecomProductOffering.findMany({
    where: { tenantId, id: { in: ids } },
    select: { id: true },
  });
  const known = new Set(found.map((o) => o.id));
  const issues = parts.flatMap((part, index) =>
    known.has(part.id) && part.id !== bundleId
      ? []
      : [{ field: `bundledProductOffering.${index}.id`, message: 'no such product offering' }],
  );
  if (issues.length > 0) throw AppError.invalid(issues);
  await tdb.telecomBundledOffering.deleteMany({ where: { tenantId, bundleId } });
  await tdb.telecomBundledOffering.createMany({
    data: ids.map((offeringId) => ({ tenantId, bundleId, offeringId })),
  });
}
