import { recordAudit } from '../audit/record-audit.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findAccessibleAccount } from './get-account.js';

/** Soft delete: the account leaves lists and search but can be restored. Links and history stay. */
export async function deleteAccount(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  await findAccessibleAccount(ctx, id, 'delete');
  await ctx.db.account.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: { deletedAt: new Date() },
  });
  await recordAudit(ctx, { action: 'account.deleted', recordType: 'account', recordId: id });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'account', id });
  return { id, deleted: true };
}

export async function restoreAccount(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; restored: true }> {
  await findAccessibleAccount(ctx, id, 'delete', { deleted: true });
  await ctx.db.account.updateMany({ where: { tenantId: ctx.actor.tenantId, id }, data: { deletedAt: null } });
  await recordAudit(ctx, { action: 'account.restored', recordType: 'account', recordId: id });
  await enqueueRecordEvent(ctx, 'record.restored', { type: 'account', id });
  return { id, restored: true };
}
