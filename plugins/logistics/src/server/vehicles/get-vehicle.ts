import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findVehicle } from './find-vehicle.js';
import { releaseExpiredReservations } from './release-expired-reservations.js';
import type { VehicleOutput } from './vehicle.schema.js';

export async function getVehicle(ctx: LogisticsContext, id: string): Promise<VehicleOutput> {
  authorize(ctx.ability, 'read', 'logistics.Vehicle');
  await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId);
  return findVehicle(ctx, id);
}
