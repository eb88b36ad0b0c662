import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { referralScope } from './referral-scope.js';
import { presentReferral } from './present-referral.js';
import { referralSelect, type ListReferralsInput, type ReferralOutput } from './referral.schema.js';

/** Referrals of the actor's clients and those referred to the actor, oldest open first. */
export async function listReferrals(
  ctx: BankContext,
  input: ListReferralsInput,
): Promise<{ items: ReferralOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Referral');
  const rows = await ctx.bdb.bankReferral.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        referralScope(ctx, 'read'),
        input.status ? { status: input.status } : {},
        input.planId ? { planId: input.planId } : {},
      ],
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: referralSelect,
  });
  return { items: rows.map(presentReferral) };
}
