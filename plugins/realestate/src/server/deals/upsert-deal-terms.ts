import { AppError, accessibleWhere, authorize, hiddenFields, recordAudit } from '@crm/core';
import { restrictedDealFields } from '../../authz.js';
import type { RealestateContext } from '../../db.js';
import { findDealTerms } from './find-deal-terms.js';
import type { DealTermsOutput, UpsertDealInput } from './deal.schema.js';

/**
 * Records (or changes) the real-estate terms of a core deal the actor may edit: the object sold,
 * the buyer's requirement, the contract price and the real price. Setting the real price is refused
 * (403) to roles that may not see it.
 */
export async function upsertDealTerms(
  ctx: RealestateContext,
  input: UpsertDealInput,
): Promise<DealTermsOutput> {
  const tenantId = ctx.actor.tenantId;
  const existing = await ctx.rdb.realestateDeal.findFirst({
    where: { tenantId, dealId: input.dealId },
    select: { version: true, contractPrice: true, realPrice: true, ListingKey: true },
  });
  authorize(ctx.ability, existing ? 'update' : 'create', 'realestate.Deal');
  if (
    input.realPrice !== undefined &&
    hiddenFields(ctx.ability, 'realestate.Deal', restrictedDealFields).has('realPrice')
  ) {
    throw AppError.forbidden('Your role may not see or set the real price of a deal');
  }
  const deal = await ctx.db.deal.findFirst({
    where: {
      AND: [{ tenantId, id: input.dealId, deletedAt: null }, accessibleWhere(ctx.ability, 'update', 'Deal')],
    },
    select: { id: true },
  });
  if (!deal) throw AppError.invalid([{ field: 'dealId', message: 'no such deal' }]);
  const property = await ctx.rdb.realestateProperty.findFirst({
    where: { tenantId, ListingKey: input.ListingKey },
    select: { ListingKey: true },
  });
  if (!property) throw AppError.invalid([{ field: 'ListingKey', message: 'no such object' }]);
  if (input.requirementId) {
    const requirement = await ctx.rdb.realestateRequirement.findFirst({
      where: { tenantId, id: input.requirementId },
      select: { id: true },
    });
    if (!requirement) throw AppError.invalid([{ field: 'requirementId', message: 'no such requirement' }]);
  }
  const terms = {
    ListingKey: input.ListingKey,
    contractPrice: input.contractPrice,
    ...(input.requirementId !== undefined ? { requirementId: input.requirementId } : {}),
    ...(input.realPrice !== undefined ? { realPrice: input.realPrice } : {}),
  };
  if (existing) {
    const updated = await ctx.rdb.realestateDeal.updateMany({
      where: { tenantId, dealId: input.dealId, version: input.expectedVersion ?? existing.version },
      data: terms,
    });
    if (updated.count === 0)
      throw AppError.conflict('The deal terms were changed meanwhile; reload and retry');
  } else {
    await ctx.rdb.realestateDeal.create({
      data: { tenantId, dealId: input.dealId, ...terms },
      select: { dealId: true },
    });
  }
  const after = await findDealTerms(ctx, input.dealId);
  await recordAudit(ctx, {
    action: existing ? 'realestate.deal.updated' : 'realestate.deal.created',
    recordType: 'deal',
    recordId: input.dealId,
    before: existing
      ? {
          ListingKey: existing.ListingKey,
          contractPrice: existing.contractPrice,
          realPrice: existing.realPrice,
        }
      : undefined,
    after: { ListingKey: input.ListingKey, contractPrice: input.contractPrice, realPrice: input.realPrice },
  });
  return after;
}
