import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findPipeline, lockPipelineStages } from './get-pipeline.js';
import {
  presentPipeline,
  stageKindOf,
  type RemoveStageInput,
  type RemoveStageOutput,
} from './pipeline.schema.js';
import { replaceStages } from './replace-stages.js';

/**
 * Removes one stage of a pipeline, first moving the deals that use it (soft-deleted ones included) to
 * another stage of the same pipeline and of the same kind, so that no deal is closed, reopened or loses
 * its lost reason on the way. One unit of work: the moves, their audit entries and stage-change events,
 * and the stage's removal commit together or not at all.
 */
export async function removeStage(ctx: TenantContext, input: RemoveStageInput): Promise<RemoveStageOutput> {
  authorize(ctx.ability, 'update', 'Pipeline');
  const { id, stageId, moveDealsToStageId, expectedVersion } = input;
  const existing = await findPipeline(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The pipeline was changed by someone else', { currentVersion: existing.version });
  }
  const stage = existing.stages.find((s) => s.id === stageId);
  if (!stage) throw AppError.invalid([{ field: 'stageId', message: 'is not a stage of this pipeline' }]);
  const target =
    moveDealsToStageId === undefined ? undefined : existing.stages.find((s) => s.id === moveDealsToStageId);
  if (moveDealsToStageId !== undefined) {
    const problem = !target
      ? 'is not a stage of this pipeline'
      : target.id === stage.id
        ? 'must be another stage than the one removed'
        : target.kind !== stage.kind
          ? `must be a stage of the same kind (${stage.kind})`
          : undefined;
    if (problem) throw AppError.invalid([{ field: 'moveDealsToStageId', message: problem }]);
  }
  // Bumps the version and orders this change after any deal entering one of the stages.
  const { count } = await ctx.db.pipeline.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version, deletedAt: null },
    data: { updatedAt: new Date() },
  });
  if (count === 0) throw AppError.conflict('The pipeline was changed by someone else');
  await lockPipelineStages(ctx, id);
  const deals = await ctx.db.deal.findMany({
    where: { tenantId: ctx.actor.tenantId, stageId },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (deals.length > 0) {
    if (!target) {
      throw AppError.invalid([
        {
          field: 'moveDealsToStageId',
          message: `is required: ${deals.length} deal(s) use stage "${stage.name}"`,
        },
      ]);
    }
    await moveDeals(
      ctx,
      deals.map((deal) => deal.id),
      { pipelineId: id, fromStageId: stageId, toStageId: target.id, kind: stage.kind },
    );
  }
  const remaining = existing.stages
    .filter((s) => s.id !== stageId)
    .map((s) => ({ id: s.id, name: s.name, probability: s.probability, kind: stageKindOf(s.kind) }));
  // The remaining list follows the stage-list rules (at least one open stage stays).
  await replaceStages(ctx, existing, remaining);
  await recordAudit(ctx, {
    action: 'pipeline.stage_removed',
    recordType: 'pipeline',
    recordId: id,
    before: { stage: { id: stage.id, name: stage.name, probability: stage.probability, kind: stage.kind } },
    after: { movedDeals: deals.length, moveDealsToStageId: target?.id ?? null },
  });
  await enqueueRecordEvent(ctx, 'record.updated', { type: 'pipeline', id }, { changed: ['stages'] });
  return { pipeline: presentPipeline(await findPipeline(ctx, id)), movedDeals: deals.length };
}

/** Moves the deals in one statement; each gets its audit entry (a stage move on its timeline) and event. */
async function moveDeals(
  ctx: TenantContext,
  dealIds: string[],
  move: { pipelineId: string; fromStageId: string; toStageId: string; kind: string },
): Promise<void> {
  const now = new Date();
  await ctx.db.deal.updateMany({
    where: { tenantId: ctx.actor.tenantId, id: { in: dealIds }, stageId: move.fromStageId },
    data: { stageId: move.toStageId, stageChangedAt: now },
  });
  for (const dealId of dealIds) {
    await recordAudit(ctx, {
      action: 'deal.updated',
      recordType: 'deal',
      recordId: dealId,
      before: { stageId: move.fromStageId },
      after: { stageId: move.toStageId },
    });
    await enqueueRecordEvent(ctx, 'record.updated', { type: 'deal', id: dealId }, { changed: ['stageId'] });
    await enqueueRecordEvent(
      ctx,
      'deal.stage_changed',
      { type: 'deal', id: dealId },
      {
        fromPipelineId: move.pipelineId,
        toPipelineId: move.pipelineId,
        fromStageId: move.fromStageId,
        toStageId: move.toStageId,
        fromStatus: move.kind,
        toStatus: move.kind,
      },
    );
  }
}
