import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findAccessibleDeal } from './get-deal.js';
import { lockLivePipeline } from './resolve-stage.js';

/** Soft delete: the deal leaves lists, search and pipeline summaries but can be restored. */
export async function deleteDeal(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  await findAccessibleDeal(ctx, id, 'delete');
  await ctx.db.deal.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: { deletedAt: new Date() },
  });
  await recordAudit(ctx, { action: 'deal.deleted', recordType: 'deal', recordId: id });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'deal', id });
  return { id, deleted: true };
}

/** Brings a deleted deal back; refused (409) when its pipeline has been deleted meanwhile. */
export async function restoreDeal(ctx: TenantContext, id: string): Promise<{ id: string; restored: true }> {
  const deal = await findAccessibleDeal(ctx, id, 'delete', { deleted: true });
  // Share-locked so that a concurrent delete of the pipeline either sees this deal or is seen by it.
  if (!(await lockLivePipeline(ctx, deal.pipelineId)))
    throw AppError.conflict("The deal's pipeline has been deleted; the deal cannot be restored into it");
  await ctx.db.deal.updateMany({ where: { tenantId: ctx.actor.tenantId, id }, data: { deletedAt: null } });
  await recordAudit(ctx, { action: 'deal.restored', recordType: 'deal', recordId: id });
  await enqueueRecordEvent(ctx, 'record.restored', { type: 'deal', id });
  return { id, restored: true };
}
