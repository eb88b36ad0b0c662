import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { logStatusChange } from '../shared/status-log.js';
import { presentReferral } from './present-referral.js';
import { referralSelect, type CreateReferralInput, type ReferralOutput } from './referral.schema.js';

/** Refers a client to a specialist for a product; it starts Submitted (logged). */
export async function createReferral(ctx: BankContext, input: CreateReferralInput): Promise<ReferralOutput> {
  authorize(ctx.ability, 'create', 'bank.Referral');
  const tenantId = ctx.actor.tenantId;
  const plan = await findPlan(ctx, input.planId, 'read', 'bank.Referral');
  if (input.referredToUserId) {
    const member = await ctx.db.membership.findFirst({
      where: { userId: input.referredToUserId, disabledAt: null },
      select: { id: true },
    });
    if (!member)
      throw AppError.invalid([
        { field: 'referredToUserId', message: 'is not an active member of this workspace' },
      ]);
  }
  const id = newId();
  const now = new Date();
  const row = await ctx.bdb.bankReferral.create({
    data: {
      tenantId,
      id,
      planId: plan.id,
      productType: input.productType,
      referrerUserId: ctx.actor.userId,
      referredToUserId: input.referredToUserId ?? null,
      notes: input.notes ?? null,
      submittedAt: now,
    },
    select: referralSelect,
  });
  await logStatusChange(ctx.bdb, {
    tenantId,
    recordType: 'referral',
    recordId: id,
    fromStatus: null,
    toStatus: 'submitted',
    reason: null,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const referral = presentReferral(row);
  await recordAudit(ctx, {
    action: 'bank.referral.submitted',
    recordType: 'bank.referral',
    recordId: id,
    after: referral,
  });
  return referral;
}
