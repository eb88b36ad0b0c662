import { AppError } from '@crm/core';
import type { BankContext } from '../../db.js';
import { referralScope } from './referral-scope.js';
import { presentReferral } from './present-referral.js';
import { referralSelect, type ReferralOutput } from './referral.schema.js';

/**
 * One referral the actor may `action`: of a client in its scope, or referred to the actor. The same
 * 404 for missing, foreign-tenant and out-of-scope ids.
 */
export async function findReferral(ctx: BankContext, id: string, action = 'read'): Promise<ReferralOutput> {
  const row = await ctx.bdb.bankReferral.findFirst({
    where: {
      AND: [{ tenantId: ctx.actor.tenantId, id }, referralScope(ctx, action)],
    },
    select: referralSelect,
  });
  if (!row) throw AppError.notFound('Referral');
  return presentReferral(row);
}
