import type { RestClient } from '../../support/rest-call.js';

/** A TMF620 price as the API takes it. */
export const rub = (value: number) => ({ taxIncludedAmount: { unit: 'RUB', value }, taxRate: 20 });
export const monthlyFee = (value: number) => ({
  name: 'Абонентская плата',
  priceType: 'recurring',
  recurringChargePeriodType: 'month',
  recurringChargePeriodLength: 1,
  price: rub(value),
});
export const allowance = (usageType: string, amount: number, units: string) => ({
  name: `${amount} ${units}`,
  priceType: 'allowance',
  usageType,
  unitOfMeasure: { amount, units },
  price: rub(0),
});
export const perUnit = (usageType: string, value: number, units: string) => ({
  name: `${usageType} per ${units}`,
  priceType: 'usage',
  usageType,
  unitOfMeasure: { amount: 1, units },
  price: rub(value),
});

/** The demo tariffs Start 5 GB and Basic 10 GB (seed-catalog.ts) with their prices. */
export const start5Prices = [
  monthlyFee(300),
  allowance('data', 5, 'GB'),
  allowance('voice', 200, 'min'),
  perUnit('data', 120, 'GB'),
  perUnit('voice', 2.5, 'min'),
  perUnit('sms', 2, 'SMS'),
];
export const basic10Prices = [
  monthlyFee(390),
  allowance('data', 10, 'GB'),
  allowance('voice', 300, 'min'),
  allowance('sms', 100, 'SMS'),
  perUnit('data', 90, 'GB'),
  perUnit('voice', 2, 'min'),
  perUnit('sms', 1.5, 'SMS'),
];

export interface Offering {
  id: string;
  href: string;
  name: string;
  lifecycleStatus: string;
  allowedTransitions: string[];
  productOfferingPrice: {
    id: string;
    priceType: string;
    price: { taxIncludedAmount: { unit: string; value: number } };
  }[];
  bundledProductOffering: { id: string }[];
}

/** Creates an offering and walks it to `Launched` (or leaves it where `stopAt` says). */
export async function launchedOffering(
  rest: RestClient,
  token: string,
  name: string,
  prices: object[],
  extra: object = {},
): Promise<Offering> {
  const offering = await rest.create<Offering>(token, '/telecom/productOffering', {
    name,
    marketSegment: ['b2c'],
    productOfferingPrice: prices,
    ...extra,
  });
  let last = offering;
  for (const lifecycleStatus of ['In design', 'In test', 'Launched']) {
    const res = await rest.call<Offering>(
      token,
      'POST',
      `/telecom/productOffering/${offering.id}/lifecycleStatus`,
      {
        lifecycleStatus,
      },
    );
    if (res.status !== 200) throw new Error(`${name} → ${lifecycleStatus}: ${JSON.stringify(res.body)}`);
    last = res.body;
  }
  return last;
}

/** `YYYY-MM-15T12:00:00Z` of the month `back` whole months before now. */
export function midMonth(back: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15, 12)).toISOString();
}

/** Billed usage of the last three whole months, oldest first: [data GB, voice min, SMS] per month. */
export function threeMonthsOfUsage(accountId: string, productId: string, months: [number, number, number][]) {
  return months.flatMap(([data, voice, sms], index) => {
    const usageDate = midMonth(3 - index);
    return [
      { accountId, productId, usageDate, usageType: 'data', amount: data, status: 'billed' },
      { accountId, productId, usageDate, usageType: 'voice', amount: voice, status: 'billed' },
      { accountId, productId, usageDate, usageType: 'sms', amount: sms, status: 'billed' },
    ];
  });
}
