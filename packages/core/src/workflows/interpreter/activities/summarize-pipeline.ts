import type { TenantDb } from '../../../db/database.js';
import type { JsonObject, SummarizePipelineInput } from '../interpreter.types.js';

/** Counts and sums of deals for a digest: open now, and new, won and lost within the period. */
export async function summarizePipeline(db: TenantDb, input: SummarizePipelineInput): Promise<JsonObject> {
  const since = new Date(Date.parse(input.now) - input.periodDays * 86_400_000);
  const base = { deletedAt: null, ...(input.pipelineId ? { pipelineId: input.pipelineId } : {}) };
  const [open, created, won, lost] = await Promise.all([
    db.deal.aggregate({
      where: { ...base, stage: { kind: 'open' } },
      _count: { _all: true },
      _sum: { amount: true },
    }),
    db.deal.count({ where: { ...base, createdAt: { gte: since } } }),
    db.deal.aggregate({
      where: { ...base, stage: { kind: 'won' }, closedAt: { gte: since } },
      _count: { _all: true },
      _sum: { amount: true },
    }),
    db.deal.count({ where: { ...base, stage: { kind: 'lost' }, closedAt: { gte: since } } }),
  ]);
  return {
    periodDays: input.periodDays,
    openCount: open._count._all,
    openAmount: open._sum.amount?.toString() ?? '0',
    newCount: created,
    wonCount: won._count._all,
    wonAmount: won._sum.amount?.toString() ?? '0',
    lostCount: lost,
  };
}
