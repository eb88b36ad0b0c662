import {
  isPeriodType,
  type Offering,
  type OfferingPriceInput,
  type PeriodType,
  type PriceType,
  type UsageType,
} from '../types.js';

/** The unit each usage type is priced in (as the API measures it). */
export const usageUnits: Record<UsageType, string> = { data: 'GB', voice: 'min', sms: 'SMS' };

/** A price of the offering as edited; `key` tells rows apart. */
export interface PriceDraft {
  key: number;
  name: string;
  priceType: PriceType;
  amount: number | '';
  currency: string;
  taxRate: number | undefined;
  periodType: PeriodType | null;
  periodLength: number | '';
  usageType: UsageType | null;
  quantity: number | '';
  units: string;
}

let nextKey = 0;
export const newPrice = (currency: string): PriceDraft => ({
  key: (nextKey += 1),
  name: '',
  priceType: 'recurring',
  amount: '',
  currency,
  taxRate: undefined,
  periodType: 'month',
  periodLength: 1,
  usageType: null,
  quantity: '',
  units: '',
});

export function priceDraftOf(price: Offering['productOfferingPrice'][number]): PriceDraft {
  const period = price.recurringChargePeriodType ?? null;
  return {
    key: (nextKey += 1),
    name: price.name,
    priceType: price.priceType,
    amount: price.price.taxIncludedAmount.value,
    currency: price.price.taxIncludedAmount.unit,
    taxRate: price.price.taxRate,
    periodType: isPeriodType(period) ? period : null,
    periodLength: price.recurringChargePeriodLength ?? 1,
    usageType: price.usageType ?? null,
    quantity: price.unitOfMeasure?.amount ?? '',
    units: price.unitOfMeasure?.units ?? '',
  };
}

export const isMetered = (draft: PriceDraft) =>
  draft.priceType === 'usage' || draft.priceType === 'allowance';

/**
 * The price as the API takes it (TMF620 names). Empty numbers go as null so that the API names the
 * field (`productOfferingPrice.N.price.taxIncludedAmount.value`, ...) instead of the form guessing.
 */
export function priceInput(draft: PriceDraft): OfferingPriceInput {
  const metered = isMetered(draft);
  const orNull = (n: number | '') => (n === '' ? Number.NaN : n); // NaN is sent as null
  return {
    name: draft.name,
    priceType: draft.priceType,
    ...(draft.priceType === 'recurring' && draft.periodType
      ? {
          recurringChargePeriodType: draft.periodType,
          recurringChargePeriodLength: orNull(draft.periodLength),
        }
      : {}),
    ...(metered && draft.usageType ? { usageType: draft.usageType } : {}),
    ...(metered && (draft.quantity !== '' || draft.units.trim())
      ? { unitOfMeasure: { amount: orNull(draft.quantity), units: draft.units.trim() } }
      : {}),
    price: {
      taxIncludedAmount: { unit: draft.currency.trim().toUpperCase(), value: orNull(draft.amount) },
      ...(draft.taxRate !== undefined ? { taxRate: draft.taxRate } : {}),
    },
  };
}

/** The API paths the row of price `index` has an input for (their problems show on the row). */
export function pricePaths(draft: PriceDraft, index: number): string[] {
  const path = `productOfferingPrice.${index}`;
  return [
    `${path}.name`,
    `${path}.priceType`,
    `${path}.price.taxIncludedAmount`,
    ...(draft.priceType === 'recurring'
      ? [`${path}.recurringChargePeriodType`, `${path}.recurringChargePeriodLength`]
      : []),
    ...(isMetered(draft) ? [`${path}.usageType`, `${path}.unitOfMeasure`] : []),
  ];
}
