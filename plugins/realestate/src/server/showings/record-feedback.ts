import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findShowing } from './find-showing.js';
import type { ShowingFeedbackInput, ShowingOutput } from './showing.schema.js';

/** Records the buyer's feedback on a confirmed showing that has started (once). */
export async function recordShowingFeedback(
  ctx: RealestateContext,
  input: ShowingFeedbackInput,
): Promise<ShowingOutput> {
  authorize(ctx.ability, 'update', 'realestate.Showing');
  const before = await findShowing(ctx, input.id);
  if (before.ShowingAppointmentStatus !== 'Confirmed') {
    throw AppError.conflict(`A ${before.ShowingAppointmentStatus} showing takes no feedback`);
  }
  if (before.ShowingStartTimestamp > new Date()) {
    throw AppError.conflict('The showing has not taken place yet');
  }
  if (before.feedbackAt) throw AppError.conflict('The feedback is recorded already');
  await ctx.rdb.realestateShowing.updateMany({
    where: { tenantId: ctx.actor.tenantId, id: input.id, feedbackAt: null },
    data: {
      feedbackRating: input.feedbackRating,
      feedbackText: input.feedbackText ?? null,
      feedbackAt: new Date(),
    },
  });
  const after = await findShowing(ctx, input.id);
  await recordAudit(ctx, {
    action: 'realestate.showing.feedback',
    recordType: 'realestate.showing',
    recordId: input.id,
    after: { feedbackRating: after.feedbackRating, feedbackText: after.feedbackText },
  });
  return after;
}
