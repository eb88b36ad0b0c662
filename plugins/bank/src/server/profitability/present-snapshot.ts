import type { Prisma } from '../../generated/prisma/client.js';
import { valueTiers } from '../plans/plan.schema.js';
import { moneyText } from '../shared/money.js';
import type { snapshotSelect, SnapshotOutput } from './profitability.schema.js';

type SnapshotRow = Prisma.BankProfitabilitySnapshotGetPayload<{ select: typeof snapshotSelect }>;

export function presentSnapshot(row: SnapshotRow): SnapshotOutput {
  return {
    ...row,
    period: row.period.toISOString().slice(0, 10),
    revenue: moneyText(row.revenue),
    costToServe: moneyText(row.costToServe),
    riskCost: moneyText(row.riskCost),
    margin: moneyText(row.margin),
    valueTier: valueTiers.find((v) => v === row.valueTier) ?? 'D',
  };
}
