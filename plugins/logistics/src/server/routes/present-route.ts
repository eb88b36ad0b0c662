import { AppError } from '@crm/core';
import type { Prisma } from '../../generated/prisma/client.js';
import { stopKinds, type routeSelect, type RouteOutput, type StopKind } from './route.schema.js';

type RouteRow = Prisma.LogisticsRouteGetPayload<{ select: typeof routeSelect }>;

export function asStopKind(value: string): StopKind {
  const kind = stopKinds.find((k) => k === value);
  if (!kind) throw new AppError('INTERNAL', `Unknown stop kind ${value}`);
  return kind;
}

export function presentRoute(row: RouteRow): RouteOutput {
  return { ...row, stops: row.stops.map((stop) => ({ ...stop, kind: asStopKind(stop.kind) })) };
}
