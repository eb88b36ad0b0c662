import { AppError, accessibleWhere } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { dealTermsSelect, type DealTermsOutput } from './deal.schema.js';
import { presentDealTerms } from './present-deal-terms.js';

/**
 * A deal's real-estate terms, when the actor may read the core deal (its own/team scope applies);
 * otherwise the same 404 as for a missing or foreign id.
 */
export async function findDealTerms(ctx: RealestateContext, dealId: string): Promise<DealTermsOutput> {
  const deal = await ctx.db.deal.findFirst({
    where: {
      AND: [{ tenantId: ctx.actor.tenantId, id: dealId }, accessibleWhere(ctx.ability, 'read', 'Deal')],
    },
    select: { title: true, ownerId: true, stage: { select: { kind: true } } },
  });
  const row = deal
    ? await ctx.rdb.realestateDeal.findFirst({
        where: { tenantId: ctx.actor.tenantId, dealId },
        select: dealTermsSelect,
      })
    : null;
  if (!deal || !row) throw AppError.notFound('Deal');
  return presentDealTerms(ctx.ability, row, deal);
}
