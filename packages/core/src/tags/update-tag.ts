import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { isUniqueViolation } from '../custom-fields-admin/prisma-errors.js';
import { changedFields } from '../records/changed-fields.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertNameFree, findTag, nameTaken } from './find-tag.js';
import { tagSelect, type TagOutput, type UpdateTagInput } from './tag.schema.js';

export async function updateTag(ctx: TenantContext, input: UpdateTagInput): Promise<TagOutput> {
  authorize(ctx.ability, 'update', 'Tag');
  const { id, ...fields } = input;
  const existing = await findTag(ctx, id);
  if (fields.name !== undefined) await assertNameFree(ctx, fields.name, id);
  let tag: TagOutput;
  try {
    tag = await ctx.db.tag.update({
      where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
      data: fields,
      select: tagSelect,
    });
  } catch (error) {
    if (fields.name !== undefined && isUniqueViolation(error)) throw nameTaken(fields.name);
    throw error;
  }
  const diff = changedFields(existing, tag);
  await recordAudit(ctx, { action: 'tag.updated', recordType: 'tag', recordId: id, ...diff });
  await enqueueRecordEvent(ctx, 'record.updated', { type: 'tag', id }, { changed: Object.keys(diff.after) });
  return tag;
}
