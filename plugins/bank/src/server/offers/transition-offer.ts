import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { logStatusChange } from '../shared/status-log.js';
import { findOffer } from './find-offer.js';
import { offerMachine } from './offer-state-machine.js';
import type { OfferOutput, TransitionOfferInput } from './offer.schema.js';

/**
 * Moves an offer along its state machine (present, accept, decline, withdraw); invalid transitions
 * answer 409 naming the transition. A declined or withdrawn offer needs the reason. An accepted
 * campaign offer counts as the client's response. Logged and audited.
 */
export async function transitionOffer(ctx: BankContext, input: TransitionOfferInput): Promise<OfferOutput> {
  authorize(ctx.ability, 'transition', 'bank.Offer');
  const current = await findOffer(ctx, input.id, 'transition');
  offerMachine.assertTransition(current.status, input.to);
  const reason = input.reason ?? null;
  if ((input.to === 'declined' || input.to === 'withdrawn') && !reason)
    throw AppError.invalid([{ field: 'reason', message: `is required when an offer is ${input.to}` }]);
  const tenantId = ctx.actor.tenantId;
  const now = new Date();
  const final = input.to !== 'presented';
  const updated = await ctx.bdb.bankOffer.updateMany({
    where: {
      tenantId,
      id: input.id,
      status: current.status,
      version: input.expectedVersion ?? current.version,
    },
    data: { status: input.to, reason, ...(final ? { decidedAt: now } : {}) },
  });
  if (updated.count === 0) throw AppError.conflict('The offer was changed meanwhile; reload it and retry');
  if (input.to === 'accepted' && current.campaignId) {
    await ctx.bdb.bankCampaignMember.updateMany({
      where: { tenantId, campaignId: current.campaignId, planId: current.planId, respondedAt: null },
      data: { respondedAt: now },
    });
  }
  await logStatusChange(ctx.bdb, {
    tenantId,
    recordType: 'offer',
    recordId: input.id,
    fromStatus: current.status,
    toStatus: input.to,
    reason,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const after = await findOffer(ctx, input.id);
  await recordAudit(ctx, {
    action: 'bank.offer.status_changed',
    recordType: 'bank.offer',
    recordId: input.id,
    before: { status: current.status },
    after: { status: after.status, reason },
  });
  return after;
}
