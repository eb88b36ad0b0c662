import { recordAudit } from '../audit/record-audit.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findAccessibleContact } from './get-contact.js';

/** Soft delete: the contact leaves lists and search but can be restored. */
export async function deleteContact(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  await findAccessibleContact(ctx, id, 'delete');
  await ctx.db.contact.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: { deletedAt: new Date() },
  });
  await recordAudit(ctx, { action: 'contact.deleted', recordType: 'contact', recordId: id });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'contact', id });
  return { id, deleted: true };
}

export async function restoreContact(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; restored: true }> {
  await findAccessibleContact(ctx, id, 'delete', { deleted: true });
  await ctx.db.contact.updateMany({ where: { tenantId: ctx.actor.tenantId, id }, data: { deletedAt: null } });
  await recordAudit(ctx, { action: 'contact.restored', recordType: 'contact', recordId: id });
  await enqueueRecordEvent(ctx, 'record.restored', { type: 'contact', id });
  return { id, restored: true };
}
