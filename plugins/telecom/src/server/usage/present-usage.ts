import { clientParty } from '../shared/account-parties.js';
import { hrefOf, toNumber } from '../shared/representation.js';
import { usageTypes } from '../offerings/offering.schema.js';
import { usageStatuses, type UsageOutput, type UsageRow } from './usage.schema.js';

const measure = { data: 'volume', voice: 'duration', sms: 'count' } as const;

export function presentUsage(row: UsageRow, accountName: string): UsageOutput {
  const usageType = usageTypes.find((t) => t === row.usageType) ?? 'data';
  return {
    id: row.id,
    href: hrefOf('usage', row.id),
    '@type': 'Usage',
    usageDate: row.usageDate.toISOString(),
    usageType,
    description: row.description ?? undefined,
    status: usageStatuses.find((s) => s === row.status) ?? 'received',
    usageCharacteristic: [
      { name: measure[usageType], value: toNumber(row.amount, 3), valueType: 'number' },
      { name: 'unit', value: row.units, valueType: 'string' },
    ],
    relatedParty: [clientParty(row.accountId, accountName)],
    ratedProductUsage: row.product
      ? [
          {
            '@type': 'RatedProductUsage',
            productRef: {
              id: row.product.id,
              href: hrefOf('product', row.product.id),
              name: row.product.name,
            },
          },
        ]
      : [],
  };
}
