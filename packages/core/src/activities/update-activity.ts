import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors/index.js';
import { recordOwnershipChange } from '../ownership/record-ownership-change.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import type { TenantContext } from '../records/context.js';
import { changedFields } from '../records/changed-fields.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import {
  activitySelect,
  type ActivityOutput,
  type ActivityRow,
  type UpdateActivityInput,
} from './activity.schema.js';
import { assertActivityLinks } from './assert-activity-links.js';
import { findAccessibleActivity } from './get-activity.js';
import { presentActivity } from './present-activity.js';

/** `completedAt` follows `done`: stamped when it turns true, cleared when it turns false. */
function completion(existing: ActivityRow, done: boolean | undefined): { completedAt?: Date | null } {
  if (done === undefined || done === existing.done) return {};
  return { completedAt: done ? new Date() : null };
}

/** Only links that change are checked: a record linked earlier and deleted since does not block edits. */
function changedLinks(existing: ActivityRow, input: UpdateActivityInput) {
  const changed = (field: 'accountId' | 'contactId' | 'dealId') =>
    input[field] !== undefined && input[field] !== existing[field] ? input[field] : undefined;
  return { accountId: changed('accountId'), contactId: changed('contactId'), dealId: changed('dealId') };
}

export async function updateActivity(
  ctx: TenantContext,
  input: UpdateActivityInput,
): Promise<ActivityOutput> {
  const { id, expectedVersion, ...fields } = input;
  const existing = await findAccessibleActivity(ctx, id, 'update');
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The activity was changed by someone else', { currentVersion: existing.version });
  }
  const ownerChanges = fields.ownerId !== undefined && fields.ownerId !== existing.ownerId;
  if (ownerChanges) {
    authorize(ctx.ability, 'assign', 'Activity');
    if (fields.ownerId) await assertAssignableOwner(ctx, fields.ownerId, 'ownerId');
  }
  await assertActivityLinks(ctx, changedLinks(existing, input));
  const { count } = await ctx.db.activity.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version },
    data: { ...fields, ...completion(existing, fields.done) },
  });
  if (count === 0) throw AppError.conflict('The activity was changed by someone else');
  if (ownerChanges) {
    await recordOwnershipChange(ctx, {
      recordType: 'activity',
      recordId: id,
      from: existing.ownerId,
      to: fields.ownerId ?? null,
    });
  }
  const row = await ctx.db.activity.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: activitySelect,
  });
  const diff = changedFields(existing, row);
  await recordAudit(ctx, { action: 'activity.updated', recordType: 'activity', recordId: id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'activity', id },
    { changed: Object.keys(diff.after) },
  );
  return presentActivity(ctx, row);
}
