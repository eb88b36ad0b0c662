import { AppError } from '../errors/index.js';
import { Prisma } from '../generated/prisma/client.js';
import { stageKindOf, type StageKind } from '../pipelines/pipeline.schema.js';
import type { TenantContext } from '../records/context.js';

export interface StageTarget {
  pipelineId: string;
  stageId: string;
  kind: StageKind;
}

interface StageRequest {
  pipelineId?: string | undefined;
  stageId?: string | undefined;
}

/**
 * Where a deal goes: the pipeline asked for (else the stage's own pipeline, else the deal's current one,
 * else the tenant's default) and the stage asked for (else the current stage when the pipeline stays,
 * else the pipeline's first open stage). The pipeline row is share-locked and the stage key-share-locked
 * until commit, so a concurrent pipeline edit or delete cannot change or remove them under the deal.
 */
export async function resolveStage(
  ctx: TenantContext,
  request: StageRequest,
  current?: StageTarget,
): Promise<StageTarget> {
  const pipelineId =
    request.pipelineId ??
    (request.stageId ? await pipelineOfStage(ctx, request.stageId) : current?.pipelineId);
  const pipeline = await lockLivePipeline(ctx, pipelineId);
  if (!pipeline) {
    if (pipelineId === undefined)
      throw AppError.invalid([
        { field: 'pipelineId', message: 'is required: the workspace has no default pipeline' },
      ]);
    throw AppError.invalid([{ field: 'pipelineId', message: 'pipeline not found' }]);
  }
  const stageId =
    request.stageId ?? (current && current.pipelineId === pipeline ? current.stageId : undefined);
  const stage = await lockStage(ctx, pipeline, stageId);
  if (!stage) {
    if (stageId !== undefined)
      throw AppError.invalid([{ field: 'stageId', message: 'is not a stage of the pipeline' }]);
    throw AppError.invalid([{ field: 'pipelineId', message: 'the pipeline has no open stage' }]);
  }
  return { pipelineId: pipeline, stageId: stage.id, kind: stageKindOf(stage.kind) };
}

async function pipelineOfStage(ctx: TenantContext, stageId: string): Promise<string> {
  const stage = await ctx.db.stage.findFirst({
    where: { tenantId: ctx.actor.tenantId, id: stageId },
    select: { pipelineId: true },
  });
  if (!stage) throw AppError.invalid([{ field: 'stageId', message: 'stage not found' }]);
  return stage.pipelineId;
}

/** The live pipeline `id`, or the default one when `id` is undefined; share-locked. */
export async function lockLivePipeline(
  ctx: TenantContext,
  id: string | undefined,
): Promise<string | undefined> {
  const tenant = ctx.actor.tenantId;
  const which = id === undefined ? Prisma.sql`"isDefault"` : Prisma.sql`"id" = ${id}::uuid`;
  const rows = await ctx.db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id"::text AS "id" FROM "Pipeline"
    WHERE "tenantId" = ${tenant}::uuid AND "deletedAt" IS NULL AND ${which}
    ORDER BY "position", "id" LIMIT 1
    FOR SHARE`);
  return rows[0]?.id;
}

/** The stage `id` of the pipeline, or its first open stage when `id` is undefined; key-share-locked. */
async function lockStage(
  ctx: TenantContext,
  pipelineId: string,
  id: string | undefined,
): Promise<{ id: string; kind: string } | undefined> {
  const tenant = ctx.actor.tenantId;
  const which = id === undefined ? Prisma.sql`"kind" = 'open'` : Prisma.sql`"id" = ${id}::uuid`;
  const rows = await ctx.db.$queryRaw<{ id: string; kind: string }[]>(Prisma.sql`
    SELECT "id"::text AS "id", "kind" FROM "Stage"
    WHERE "tenantId" = ${tenant}::uuid AND "pipelineId" = ${pipelineId}::uuid AND ${which}
    ORDER BY "position", "id" LIMIT 1
    FOR KEY SHARE`);
  return rows[0];
}
