import { accessibleWhere, authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { dealTermsSelect, type DealTermsOutput, type ListDealsInput } from './deal.schema.js';
import { presentDealTerms } from './present-deal-terms.js';

/** Real-estate deals the actor may read (the core deal's scope applies), newest first. */
export async function listDealTerms(
  ctx: RealestateContext,
  input: ListDealsInput,
): Promise<{ items: DealTermsOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Deal');
  const tenantId = ctx.actor.tenantId;
  const rows = await ctx.rdb.realestateDeal.findMany({
    where: { tenantId, ...(input.ListingKey ? { ListingKey: input.ListingKey } : {}) },
    orderBy: [{ createdAt: 'desc' }, { dealId: 'desc' }],
    take: input.limit * 4,
    select: dealTermsSelect,
  });
  const deals = await ctx.db.deal.findMany({
    where: {
      AND: [
        { tenantId, id: { in: rows.map((r) => r.dealId) } },
        accessibleWhere(ctx.ability, 'read', 'Deal'),
      ],
    },
    select: { id: true, title: true, ownerId: true, stage: { select: { kind: true } } },
  });
  const byId = new Map(deals.map((d) => [d.id, d]));
  const items = rows.flatMap((row) => {
    const deal = byId.get(row.dealId);
    return deal ? [presentDealTerms(ctx.ability, row, deal)] : [];
  });
  return { items: items.slice(0, input.limit) };
}
