import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { presentOffering } from './present-offering.js';
import { offeringSelect, type ListOfferingsInput, type OfferingOutput } from './offering.schema.js';

/** The catalogue by name, filtered by lifecycle status, bundles or a name fragment. */
export async function listOfferings(
  ctx: TelecomContext,
  input: ListOfferingsInput,
): Promise<{ items: OfferingOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.ProductOffering');
  const rows = await ctx.tdb.telecomProductOffering.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.lifecycleStatus ? { lifecycleStatus: input.lifecycleStatus } : {}),
      ...(input.isBundle !== undefined ? { isBundle: input.isBundle } : {}),
      ...(input.search ? { name: { contains: input.search, mode: 'insensitive' as const } } : {}),
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: offeringSelect,
  });
  return { items: rows.map(presentOffering) };
}
