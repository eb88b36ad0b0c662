import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findActiveDefinition } from './find-definition.js';

/**
 * Deleting a custom field archives it: it stops being validated, filtered on and shown, but the values
 * stay in the records and the key stays reserved, so nothing is lost.
 */
export async function archiveDefinition(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; archived: true }> {
  authorize(ctx.ability, 'delete', 'CustomField');
  const existing = await findActiveDefinition(ctx, id);
  await ctx.db.customFieldDefinition.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, archivedAt: null },
    data: { archivedAt: new Date() },
  });
  await recordAudit(ctx, {
    action: 'customField.archived',
    recordType: 'customField',
    recordId: id,
    before: existing,
  });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'customField', id });
  return { id, archived: true };
}
