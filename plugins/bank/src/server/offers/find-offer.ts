import { AppError } from '@crm/core';
import type { BankContext } from '../../db.js';
import { clientRelationWhere } from '../shared/client-scope.js';
import { presentOffer } from './present-offer.js';
import { offerSelect, type OfferOutput } from './offer.schema.js';

/** One offer to a client in the actor's scope; the same 404 for missing, foreign and out-of-scope ids. */
export async function findOffer(ctx: BankContext, id: string, action = 'read'): Promise<OfferOutput> {
  const row = await ctx.bdb.bankOffer.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, ...clientRelationWhere(ctx.ability, action, 'bank.Offer') },
    select: offerSelect,
  });
  if (!row) throw AppError.notFound('Offer');
  return presentOffer(row);
}
