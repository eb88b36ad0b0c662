import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findPipeline } from './get-pipeline.js';

/**
 * Soft-deletes a pipeline. Refused (409) for the default pipeline, where new deals go, and while any
 * live deal is in it. The row is marked first, so a deal entering the pipeline at the same moment
 * either is counted here or finds the pipeline gone.
 */
export async function deletePipeline(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  authorize(ctx.ability, 'delete', 'Pipeline');
  const existing = await findPipeline(ctx, id);
  if (existing.isDefault) {
    throw AppError.conflict(
      'The default pipeline cannot be deleted; make another pipeline the default first',
    );
  }
  const { count } = await ctx.db.pipeline.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, deletedAt: null, isDefault: false },
    data: { deletedAt: new Date() },
  });
  if (count === 0) throw AppError.conflict('The pipeline was changed by someone else');
  const dealCount = await ctx.db.deal.count({
    where: { tenantId: ctx.actor.tenantId, pipelineId: id, deletedAt: null },
  });
  if (dealCount > 0) {
    throw AppError.conflict(`The pipeline has ${dealCount} deal(s); move or delete them first`, {
      dealCount,
    });
  }
  await recordAudit(ctx, {
    action: 'pipeline.deleted',
    recordType: 'pipeline',
    recordId: id,
    before: existing,
  });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'pipeline', id });
  return { id, deleted: true };
}
