import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { pipelineSelect, presentPipeline, type PipelineOutput, type PipelineRow } from './pipeline.schema.js';

/** A live pipeline of the tenant with its stages; another tenant's id and a missing one answer the same NOT_FOUND. */
export async function findPipeline(ctx: TenantContext, id: string): Promise<PipelineRow> {
  const row = await ctx.db.pipeline.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, deletedAt: null },
    select: pipelineSelect,
  });
  if (!row) throw AppError.notFound('Pipeline');
  return row;
}

export async function getPipeline(ctx: TenantContext, id: string): Promise<PipelineOutput> {
  authorize(ctx.ability, 'read', 'Pipeline');
  return presentPipeline(await findPipeline(ctx, id));
}

/**
 * Locks the pipeline's stages until the end of the unit of work. A deal entering a stage holds a key
 * share lock on it, so while these locks are held no deal can enter, and the counts of deals per
 * stage read afterwards stay true until commit.
 */
export async function lockPipelineStages(ctx: TenantContext, pipelineId: string): Promise<void> {
  await ctx.db.$executeRaw(Prisma.sql`
    SELECT 1 FROM "Stage"
    WHERE "tenantId" = ${ctx.actor.tenantId}::uuid AND "pipelineId" = ${pipelineId}::uuid
    FOR UPDATE`);
}

/** Deals (soft-deleted ones included: they still reference the stage) per stage, for the given stages. */
export async function dealCountsByStage(
  ctx: TenantContext,
  stageIds: string[],
): Promise<Map<string, number>> {
  if (stageIds.length === 0) return new Map();
  const groups = await ctx.db.deal.groupBy({
    by: ['stageId'],
    where: { tenantId: ctx.actor.tenantId, stageId: { in: stageIds } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.stageId, group._count._all]));
}
