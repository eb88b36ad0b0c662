import { recordAudit } from '../audit/record-audit.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findAccessibleActivity } from './get-activity.js';

/** Soft delete: the activity leaves lists and timelines but can be restored. */
export async function deleteActivity(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  await findAccessibleActivity(ctx, id, 'delete');
  await ctx.db.activity.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: { deletedAt: new Date() },
  });
  await recordAudit(ctx, { action: 'activity.deleted', recordType: 'activity', recordId: id });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'activity', id });
  return { id, deleted: true };
}

export async function restoreActivity(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; restored: true }> {
  await findAccessibleActivity(ctx, id, 'delete', { deleted: true });
  await ctx.db.activity.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: { deletedAt: null },
  });
  await recordAudit(ctx, { action: 'activity.restored', recordType: 'activity', recordId: id });
  await enqueueRecordEvent(ctx, 'record.restored', { type: 'activity', id });
  return { id, restored: true };
}
