import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { clientRelationWhere } from '../shared/client-scope.js';
import { presentOffer } from './present-offer.js';
import { offerSelect, type ListOffersInput, type OfferOutput } from './offer.schema.js';

/** Offers to the actor's clients, soonest to expire first. */
export async function listOffers(
  ctx: BankContext,
  input: ListOffersInput,
): Promise<{ items: OfferOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Offer');
  const rows = await ctx.bdb.bankOffer.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...clientRelationWhere(ctx.ability, 'read', 'bank.Offer'),
      ...(input.status ? { status: input.status } : {}),
      ...(input.planId ? { planId: input.planId } : {}),
      ...(input.source ? { source: input.source } : {}),
    },
    orderBy: [{ validUntil: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: offerSelect,
  });
  return { items: rows.map(presentOffer) };
}
