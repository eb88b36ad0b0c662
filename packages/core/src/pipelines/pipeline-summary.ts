import { z } from 'zod';
import { accessibleWhere, authorize, hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { findPipeline } from './get-pipeline.js';
import { stageKindOf, stageKinds } from './pipeline.schema.js';

const currencyTotal = z.object({
  currency: z.string(),
  count: z.number().int(),
  /** Omitted for roles that may not see deal amounts. */
  amount: z.string().optional(),
  weightedAmount: z.string().optional(),
});
type CurrencyTotal = z.infer<typeof currencyTotal>;

export const pipelineSummaryOutput = z.object({
  pipelineId: z.uuid(),
  name: z.string(),
  stages: z.array(
    z.object({
      stageId: z.uuid(),
      name: z.string(),
      kind: z.enum(stageKinds),
      position: z.number().int(),
      probability: z.number().int(),
      count: z.number().int(),
      byCurrency: z.array(currencyTotal),
    }),
  ),
  totals: z.array(currencyTotal),
});
export type PipelineSummary = z.infer<typeof pipelineSummaryOutput>;

interface Sums {
  count: number;
  amount: Prisma.Decimal;
  weighted: Prisma.Decimal;
}

const zero = () => ({ count: 0, amount: new Prisma.Decimal(0), weighted: new Prisma.Decimal(0) });
const money = (value: Prisma.Decimal) => value.toFixed(2, Prisma.Decimal.ROUND_HALF_UP);

/**
 * Per stage and currency: how many live deals the actor may read, their total amount and the amount
 * weighted by the stage's probability. The database aggregates (one GROUP BY over the deals, with the
 * same access filter as the deal list); since a stage has one probability, each group's weighted sum is
 * its amount sum × probability / 100, multiplied exactly in decimal arithmetic and rounded half up to
 * cents only for output.
 */
export async function summarizePipeline(ctx: TenantContext, id: string): Promise<PipelineSummary> {
  authorize(ctx.ability, 'read', 'Pipeline');
  authorize(ctx.ability, 'read', 'Deal');
  const pipeline = await findPipeline(ctx, id);
  const groups = await ctx.db.deal.groupBy({
    by: ['stageId', 'currency'],
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, pipelineId: id, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Deal'),
      ],
    },
    _count: { _all: true },
    _sum: { amount: true },
    orderBy: [{ stageId: 'asc' }, { currency: 'asc' }],
  });
  const showAmounts = !hiddenFields(ctx.ability, 'Deal', ['amount']).has('amount');
  const present = (currency: string, sums: Sums): CurrencyTotal =>
    showAmounts
      ? { currency, count: sums.count, amount: money(sums.amount), weightedAmount: money(sums.weighted) }
      : { currency, count: sums.count };
  const totals = new Map<string, Sums>();
  const stages = pipeline.stages.map((stage) => {
    const byCurrency = groups
      .filter((group) => group.stageId === stage.id)
      .map((group) => {
        const amount = group._sum.amount ?? new Prisma.Decimal(0);
        const sums = { count: group._count._all, amount, weighted: amount.mul(stage.probability).div(100) };
        const total = totals.get(group.currency) ?? zero();
        totals.set(group.currency, {
          count: total.count + sums.count,
          amount: total.amount.add(sums.amount),
          weighted: total.weighted.add(sums.weighted),
        });
        return present(group.currency, sums);
      });
    const count = byCurrency.reduce((sum, entry) => sum + entry.count, 0);
    const { id: stageId, name, position, probability } = stage;
    return { stageId, name, kind: stageKindOf(stage.kind), position, probability, count, byCurrency };
  });
  const totalList = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sums]) => present(currency, sums));
  return { pipelineId: pipeline.id, name: pipeline.name, stages, totals: totalList };
}
