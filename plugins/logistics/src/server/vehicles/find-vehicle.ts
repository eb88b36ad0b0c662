import { AppError } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { presentVehicle } from './present-vehicle.js';
import { vehicleSelect, type VehicleOutput } from './vehicle.schema.js';

/** One vehicle of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findVehicle(ctx: LogisticsContext, id: string): Promise<VehicleOutput> {
  const row = await ctx.ldb.logisticsVehicle.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: vehicleSelect,
  });
  if (!row) throw AppError.notFound('Vehicle');
  return presentVehicle(row);
}
