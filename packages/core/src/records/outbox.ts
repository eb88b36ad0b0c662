import { newId } from '../ids.js';
import type { TenantContext } from './context.js';

/**
 * Adds an outbox row in the same transaction as a record change, so that workflow triggers are never
 * lost and never fire for a change that rolled back. The relay delivers them later.
 */
export async function enqueueRecordEvent(
  ctx: TenantContext,
  topic: string,
  record: { type: string; id: string },
  payload: Record<string, unknown> = {},
): Promise<string> {
  const id = newId();
  await ctx.db.outbox.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      topic,
      recordType: record.type,
      recordId: record.id,
      payload: JSON.parse(JSON.stringify({ ...payload, ...origin(ctx) })) as object,
    },
    select: { id: true },
  });
  return id;
}

/** Who caused the event: the user, or the workflow run (which the trigger router never re-triggers). */
function origin(ctx: TenantContext): { actorUserId: string } | { workflowRunId: string } {
  return ctx.automation ? { workflowRunId: ctx.automation.workflowRunId } : { actorUserId: ctx.actor.userId };
}
