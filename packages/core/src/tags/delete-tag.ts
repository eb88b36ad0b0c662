import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { findTag } from './find-tag.js';

/**
 * Deletes a tag and, with it, every assignment of it (the records themselves are untouched). The
 * audit entry keeps the tag and how many records carried it; one outbox event announces the removal.
 */
export async function deleteTag(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  authorize(ctx.ability, 'delete', 'Tag');
  const tag = await findTag(ctx, id);
  const assignments = await ctx.db.recordTag.count({ where: { tenantId: ctx.actor.tenantId, tagId: id } });
  await ctx.db.tag.deleteMany({ where: { tenantId: ctx.actor.tenantId, id } });
  await recordAudit(ctx, {
    action: 'tag.deleted',
    recordType: 'tag',
    recordId: id,
    before: { ...tag, assignments },
  });
  await enqueueRecordEvent(ctx, 'record.deleted', { type: 'tag', id }, { assignments });
  return { id, deleted: true };
}
