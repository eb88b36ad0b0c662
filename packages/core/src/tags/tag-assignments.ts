import { authorize } from '../authz/index.js';
import { AppError, type FieldIssue } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { accessibleRecordIds } from '../reassign/owned-records.js';
import { findTag } from './find-tag.js';
import type { TagAssignmentInput, TagAssignmentOutput, TagOutput } from './tag.schema.js';

type Mode = 'assign' | 'unassign';

/** Puts the tag on every listed record; all or nothing (see changeAssignments). */
export function assignTag(ctx: TenantContext, input: TagAssignmentInput): Promise<TagAssignmentOutput> {
  return changeAssignments(ctx, input, 'assign');
}

/** Takes the tag off every listed record; all or nothing (see changeAssignments). */
export function unassignTag(ctx: TenantContext, input: TagAssignmentInput): Promise<TagAssignmentOutput> {
  return changeAssignments(ctx, input, 'unassign');
}

/**
 * Tagging changes the record, so the actor needs to read the tag and to update every listed record.
 * Every record is checked before anything is written: one that is missing, deleted, of another
 * tenant or outside the actor's scope fails the whole call (400 naming each such `recordIds.<i>`).
 * Each record whose tags change gets an audit entry and an outbox event.
 */
async function changeAssignments(
  ctx: TenantContext,
  input: TagAssignmentInput,
  mode: Mode,
): Promise<TagAssignmentOutput> {
  authorize(ctx.ability, 'read', 'Tag');
  const tag = await findTag(ctx, input.id);
  const { recordType } = input;
  const updatable = await accessibleRecordIds(ctx, recordType, input.recordIds, 'update');
  const issues: FieldIssue[] = input.recordIds.flatMap((id, index) =>
    updatable.has(id) ? [] : [{ field: `recordIds.${index}`, message: 'record not found' }],
  );
  if (issues.length > 0) throw AppError.invalid(issues);
  const ids = [...new Set(input.recordIds)];
  const where = { tenantId: ctx.actor.tenantId, tagId: tag.id, recordType, recordId: { in: ids } };
  const tagged = new Set(
    (await ctx.db.recordTag.findMany({ where, select: { recordId: true } })).map((row) => row.recordId),
  );
  const changed = ids.filter((id) => (mode === 'assign' ? !tagged.has(id) : tagged.has(id)));
  if (changed.length > 0) {
    if (mode === 'assign') {
      await ctx.db.recordTag.createMany({
        data: changed.map((recordId) => ({
          tenantId: ctx.actor.tenantId,
          tagId: tag.id,
          recordType,
          recordId,
        })),
        skipDuplicates: true,
      });
    } else {
      await ctx.db.recordTag.deleteMany({ where: { ...where, recordId: { in: changed } } });
    }
    await recordTagChanges(ctx, tag, recordType, changed, mode);
  }
  return { tagId: tag.id, recordType, changed: changed.length, unchanged: ids.length - changed.length };
}

/** One audit entry and one outbox event per changed record, each written with a single statement. */
async function recordTagChanges(
  ctx: TenantContext,
  tag: TagOutput,
  recordType: string,
  recordIds: string[],
  mode: Mode,
): Promise<void> {
  const { tenantId, userId, apiKeyId } = ctx.actor;
  const label = { tagId: tag.id, tagName: tag.name };
  await ctx.db.auditLog.createMany({
    data: recordIds.map((recordId) => ({
      tenantId,
      id: newId(),
      actorUserId: userId,
      actorApiKeyId: apiKeyId,
      action: `${recordType}.${mode === 'assign' ? 'tagged' : 'untagged'}`,
      recordType,
      recordId,
      ...(mode === 'assign' ? { after: label } : { before: label }),
      requestId: ctx.requestId,
      ip: ctx.ip,
    })),
  });
  await ctx.db.outbox.createMany({
    data: recordIds.map((recordId) => ({
      tenantId,
      id: newId(),
      topic: mode === 'assign' ? 'tag.assigned' : 'tag.unassigned',
      recordType,
      recordId,
      payload: { tagId: tag.id, actorUserId: userId },
    })),
  });
}
