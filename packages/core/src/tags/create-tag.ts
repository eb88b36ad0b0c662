import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { isUniqueViolation } from '../custom-fields-admin/prisma-errors.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertNameFree, nameTaken } from './find-tag.js';
import { tagSelect, type CreateTagInput, type TagOutput } from './tag.schema.js';

export async function createTag(ctx: TenantContext, input: CreateTagInput): Promise<TagOutput> {
  authorize(ctx.ability, 'create', 'Tag');
  await assertNameFree(ctx, input.name);
  const id = newId();
  let tag: TagOutput;
  try {
    tag = await ctx.db.tag.create({
      data: { tenantId: ctx.actor.tenantId, id, name: input.name, color: input.color ?? null },
      select: tagSelect,
    });
  } catch (error) {
    // Another request took the name between the check and the insert.
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
  await recordAudit(ctx, { action: 'tag.created', recordType: 'tag', recordId: id, after: tag });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'tag', id });
  return tag;
}
