import type { BankContext } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { clientRelationWhere } from '../shared/client-scope.js';

/** Referrals the actor may `action`: of clients in its scope, or referred to the actor itself. */
export function referralScope(ctx: BankContext, action: string): Prisma.BankReferralWhereInput {
  const scope = clientRelationWhere(ctx.ability, action, 'bank.Referral');
  return scope.plan ? { OR: [scope, { referredToUserId: ctx.actor.userId }] } : {};
}
