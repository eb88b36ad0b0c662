import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findRoute } from './find-route.js';
import type { RouteOutput } from './route.schema.js';

export async function getRoute(ctx: LogisticsContext, id: string): Promise<RouteOutput> {
  authorize(ctx.ability, 'read', 'logistics.Route');
  return findRoute(ctx, id);
}
