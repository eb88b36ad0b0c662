import { AppError } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { presentProperty } from './present-property.js';
import { propertySelect, type PropertyOutput } from './property.schema.js';

/** One object of the tenant, or the same 404 for a missing and a foreign-tenant key. */
export async function findProperty(ctx: RealestateContext, ListingKey: string): Promise<PropertyOutput> {
  const row = await ctx.rdb.realestateProperty.findFirst({
    where: { tenantId: ctx.actor.tenantId, ListingKey },
    select: propertySelect,
  });
  if (!row) throw AppError.notFound('Property');
  return presentProperty(row);
}
