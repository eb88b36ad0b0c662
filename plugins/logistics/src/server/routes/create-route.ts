import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { isUniqueViolation } from '../unique-violation.js';
import { findRoute } from './find-route.js';
import type { CreateRouteInput, RouteOutput } from './route.schema.js';

/** A route with its planned stops in order (sequence 1, 2, ... as given). */
export async function createRoute(ctx: LogisticsContext, input: CreateRouteInput): Promise<RouteOutput> {
  authorize(ctx.ability, 'create', 'logistics.Route');
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  try {
    await ctx.ldb.logisticsRoute.create({
      data: { tenantId, id, code: input.code, name: input.name, notes: input.notes ?? null },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.invalid([{ field: 'code', message: `route ${input.code} exists already` }]);
    throw error;
  }
  await ctx.ldb.logisticsRouteStop.createMany({
    data: input.stops.map((stop, index) => ({
      tenantId,
      routeId: id,
      sequence: index + 1,
      kind: stop.kind,
      place: stop.place,
      offsetMinutes: stop.offsetMinutes ?? 0,
      dwellMinutes: stop.dwellMinutes ?? 0,
    })),
  });
  const route = await findRoute(ctx, id);
  await recordAudit(ctx, {
    action: 'logistics.route.created',
    recordType: 'logistics.route',
    recordId: id,
    after: route,
  });
  return route;
}
