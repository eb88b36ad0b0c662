import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { logStatusChange } from '../shared/status-log.js';
import { findReferral } from './find-referral.js';
import { referralMachine } from './referral-state-machine.js';
import type { ReferralOutput, TransitionReferralInput } from './referral.schema.js';

/**
 * Moves a referral: Submitted → In review (`transition`), In review → Authorized | Rejected
 * (`decide`, a reason required to reject). Anything else answers 409 naming the transition; every
 * change is logged and audited.
 */
export async function transitionReferral(
  ctx: BankContext,
  input: TransitionReferralInput,
): Promise<ReferralOutput> {
  const deciding = input.to === 'authorized' || input.to === 'rejected';
  authorize(ctx.ability, deciding ? 'decide' : 'transition', 'bank.Referral');
  const current = await findReferral(ctx, input.id);
  referralMachine.assertTransition(current.status, input.to);
  const reason = input.reason ?? null;
  if (input.to === 'rejected' && !reason)
    throw AppError.invalid([{ field: 'reason', message: 'is required to reject a referral' }]);
  const now = new Date();
  const updated = await ctx.bdb.bankReferral.updateMany({
    where: {
      tenantId: ctx.actor.tenantId,
      id: input.id,
      status: current.status,
      version: input.expectedVersion ?? current.version,
    },
    data: {
      status: input.to,
      ...(input.to === 'in_review'
        ? { reviewStartedAt: now, referredToUserId: current.referredToUserId ?? ctx.actor.userId }
        : { decidedAt: now, decisionReason: reason }),
    },
  });
  if (updated.count === 0) throw AppError.conflict('The referral was changed meanwhile; reload it and retry');
  await logStatusChange(ctx.bdb, {
    tenantId: ctx.actor.tenantId,
    recordType: 'referral',
    recordId: input.id,
    fromStatus: current.status,
    toStatus: input.to,
    reason,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const after = await findReferral(ctx, input.id);
  await recordAudit(ctx, {
    action: 'bank.referral.status_changed',
    recordType: 'bank.referral',
    recordId: input.id,
    before: { status: current.status },
    after: { status: after.status, reason },
  });
  return after;
}
