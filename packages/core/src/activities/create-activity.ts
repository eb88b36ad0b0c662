import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { newId } from '../ids.js';
import { actingUserId, type TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import { activitySelect, type ActivityOutput, type CreateActivityInput } from './activity.schema.js';
import { assertActivityLinks } from './assert-activity-links.js';
import { presentActivity } from './present-activity.js';

export async function createActivity(
  ctx: TenantContext,
  input: CreateActivityInput,
): Promise<ActivityOutput> {
  const ownerId = input.ownerId === undefined ? actingUserId(ctx) : input.ownerId;
  authorize(ctx.ability, 'create', 'Activity', { ownerId });
  if (ownerId !== actingUserId(ctx)) {
    authorize(ctx.ability, 'assign', 'Activity');
    if (ownerId) await assertAssignableOwner(ctx, ownerId, 'ownerId');
  }
  await assertActivityLinks(ctx, input);
  const id = newId();
  const done = input.done ?? false;
  await ctx.db.activity.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      type: input.type,
      subject: input.subject,
      body: input.body ?? null,
      dueAt: input.dueAt ?? null,
      occurredAt: input.occurredAt ?? null,
      done,
      completedAt: done ? new Date() : null,
      outcome: input.outcome ?? null,
      durationMinutes: input.durationMinutes ?? null,
      ownerId,
      accountId: input.accountId ?? null,
      contactId: input.contactId ?? null,
      dealId: input.dealId ?? null,
      createdById: actingUserId(ctx),
    },
    select: { id: true },
  });
  const row = await ctx.db.activity.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: activitySelect,
  });
  await recordAudit(ctx, { action: 'activity.created', recordType: 'activity', recordId: id, after: row });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'activity', id });
  return presentActivity(ctx, row);
}
