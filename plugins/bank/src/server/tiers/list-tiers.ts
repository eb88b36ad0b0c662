import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { tierSelect, type TierOutput } from './tier.schema.js';

/** The tenant's service tiers, most important first. */
export async function listTiers(ctx: BankContext): Promise<{ items: TierOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Client');
  const items = await ctx.bdb.bankTier.findMany({
    where: { tenantId: ctx.actor.tenantId },
    orderBy: [{ rank: 'asc' }, { key: 'asc' }],
    select: tierSelect,
  });
  return { items };
}
