import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findShowing } from './find-showing.js';
import type { ShowingOutput, TransitionShowingInput } from './showing.schema.js';
import { planShowingTransition } from './showing-state-machine.js';

/** Confirms, denies or cancels a showing (409 naming the allowed moves otherwise), keeping who and when. */
export async function transitionShowing(
  ctx: RealestateContext,
  input: TransitionShowingInput,
): Promise<ShowingOutput> {
  authorize(ctx.ability, 'update', 'realestate.Showing');
  const before = await findShowing(ctx, input.id);
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  planShowingTransition(before.ShowingAppointmentStatus, input.ShowingAppointmentStatus, reason);
  const now = new Date();
  const firstAnswer = before.ShowingAppointmentStatus === 'Pending';
  const updated = await ctx.rdb.realestateShowing.updateMany({
    where: {
      tenantId: ctx.actor.tenantId,
      id: input.id,
      ShowingAppointmentStatus: before.ShowingAppointmentStatus,
      version: input.expectedVersion ?? before.version,
    },
    data: {
      ShowingAppointmentStatus: input.ShowingAppointmentStatus,
      statusReason: reason,
      // The first answer to a request is what the agent's response time measures.
      ...(firstAnswer ? { decidedAt: now, decidedById: ctx.actor.userId } : {}),
    },
  });
  if (updated.count === 0) throw AppError.conflict('The showing was changed meanwhile; reload it and retry');
  const after = await findShowing(ctx, input.id);
  await recordAudit(ctx, {
    action: 'realestate.showing.status_changed',
    recordType: 'realestate.showing',
    recordId: input.id,
    before: { ShowingAppointmentStatus: before.ShowingAppointmentStatus },
    after: { ShowingAppointmentStatus: after.ShowingAppointmentStatus, reason },
  });
  return after;
}
