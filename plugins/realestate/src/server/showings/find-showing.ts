import { AppError } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { presentShowing } from './present-showing.js';
import { showingSelect, type ShowingOutput } from './showing.schema.js';

/** One showing of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findShowing(ctx: RealestateContext, id: string): Promise<ShowingOutput> {
  const row = await ctx.rdb.realestateShowing.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: showingSelect,
  });
  if (!row) throw AppError.notFound('Showing');
  return presentShowing(row);
}
