import { AppError } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { presentRoute } from './present-route.js';
import { routeSelect, type RouteOutput } from './route.schema.js';

/** One route of the tenant with its stops, or the same 404 for a missing and a foreign-tenant id. */
export async function findRoute(ctx: LogisticsContext, id: string, field?: string): Promise<RouteOutput> {
  const row = await ctx.ldb.logisticsRoute.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: routeSelect,
  });
  if (!row) {
    if (field) throw AppError.invalid([{ field, message: 'no such route' }]);
    throw AppError.notFound('Route');
  }
  return presentRoute(row);
}
