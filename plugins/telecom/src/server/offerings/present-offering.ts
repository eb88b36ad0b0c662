import { hrefOf, isoOrUndefined, toNumber } from '../shared/representation.js';
import { asState } from '../shared/state-machine.js';
import { offeringLifecycle } from './offering-lifecycle.js';
import {
  priceTypes,
  usageTypes,
  type OfferingOutput,
  type OfferingPriceOutput,
  type OfferingRow,
  type PriceRow,
} from './offering.schema.js';

export function presentPrice(row: PriceRow): OfferingPriceOutput {
  const amount = toNumber(row.amount);
  const taxRate = toNumber(row.taxRate);
  const currency = row.currency;
  const period = row.recurringChargePeriodType ?? undefined;
  return {
    id: row.id,
    name: row.name,
    '@type': 'ProductOfferingPrice',
    priceType: priceTypes.find((t) => t === row.priceType) ?? 'oneTime',
    recurringChargePeriodType: period,
    // v4 spells the embedded value's period `recurringChargePeriod`; both are given.
    recurringChargePeriod: period,
    recurringChargePeriodLength: period ? (row.recurringChargePeriodLength ?? 1) : undefined,
    usageType: usageTypes.find((t) => t === row.usageType),
    unitOfMeasure:
      row.unitOfMeasureAmount === null
        ? undefined
        : { amount: toNumber(row.unitOfMeasureAmount, 3), units: row.unitOfMeasureUnits ?? '' },
    price: {
      taxIncludedAmount: { unit: currency, value: amount },
      dutyFreeAmount: { unit: currency, value: toNumber(amount / (1 + taxRate / 100)) },
      taxRate,
    },
  };
}

export function presentOffering(row: OfferingRow): OfferingOutput {
  const lifecycleStatus = asState(offeringLifecycle, row.lifecycleStatus);
  return {
    id: row.id,
    href: hrefOf('productOffering', row.id),
    '@type': 'ProductOffering',
    name: row.name,
    description: row.description ?? undefined,
    version: row.catalogVersion,
    lifecycleStatus,
    statusReason: row.statusReason ?? undefined,
    isBundle: row.isBundle,
    isSellable: row.isSellable,
    lastUpdate: row.updatedAt.toISOString(),
    marketSegment: row.marketSegment.map((segment) => ({ id: segment, name: segment })),
    validFor:
      row.validFrom || row.validTo
        ? { startDateTime: isoOrUndefined(row.validFrom), endDateTime: isoOrUndefined(row.validTo) }
        : undefined,
    bundledProductOffering: row.bundledOfferings.map(({ offering }) => ({
      id: offering.id,
      href: hrefOf('productOffering', offering.id),
      name: offering.name,
      lifecycleStatus: offering.lifecycleStatus,
      '@type': 'BundledProductOffering',
    })),
    productOfferingPrice: row.prices.map(presentPrice),
    allowedTransitions: [...offeringLifecycle.next[lifecycleStatus]],
  };
}
