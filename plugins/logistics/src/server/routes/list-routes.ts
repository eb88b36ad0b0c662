import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { presentRoute } from './present-route.js';
import { routeSelect, type ListRoutesInput, type RouteOutput } from './route.schema.js';

/** The tenant's routes by code, filtered by a code, name or stop fragment. */
export async function listRoutes(
  ctx: LogisticsContext,
  input: ListRoutesInput,
): Promise<{ items: RouteOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Route');
  const text = input.search ? { contains: input.search, mode: 'insensitive' as const } : undefined;
  const rows = await ctx.ldb.logisticsRoute.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(text ? { OR: [{ code: text }, { name: text }, { stops: { some: { place: text } } }] } : {}),
    },
    orderBy: [{ code: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: routeSelect,
  });
  return { items: rows.map(presentRoute) };
}
