import { AppError } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { presentOffering } from './present-offering.js';
import { offeringSelect, type OfferingOutput } from './offering.schema.js';

/** One offering of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findOffering(ctx: TelecomContext, id: string): Promise<OfferingOutput> {
  const row = await ctx.tdb.telecomProductOffering.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: offeringSelect,
  });
  if (!row) throw AppError.notFound('Product offering');
  return presentOffering(row);
}
