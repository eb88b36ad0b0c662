import { AppError, authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { isUniqueViolation } from '../unique-violation.js';
import { plateTaken } from './create-vehicle.js';
import { findVehicle } from './find-vehicle.js';
import type { UpdateVehicleInput, VehicleOutput } from './vehicle.schema.js';

/** Changes a vehicle's details; its status changes only through `transitionVehicle`. */
export async function updateVehicle(
  ctx: LogisticsContext,
  input: UpdateVehicleInput,
): Promise<VehicleOutput> {
  authorize(ctx.ability, 'update', 'logistics.Vehicle');
  const before = await findVehicle(ctx, input.id);
  const { id, expectedVersion, ...changes } = input;
  try {
    const updated = await ctx.ldb.logisticsVehicle.updateMany({
      where: { tenantId: ctx.actor.tenantId, id, version: expectedVersion ?? before.version },
      data: {
        ...changes,
        ...(changes.plateNumber ? { plateNumber: changes.plateNumber.toUpperCase() } : {}),
      },
    });
    if (updated.count === 0)
      throw AppError.conflict('The vehicle was changed meanwhile; reload it and retry');
  } catch (error) {
    if (isUniqueViolation(error)) throw plateTaken(changes.plateNumber ?? '');
    throw error;
  }
  const after = await findVehicle(ctx, id);
  await recordAudit(ctx, {
    action: 'logistics.vehicle.updated',
    recordType: 'logistics.vehicle',
    recordId: id,
    before,
    after,
  });
  return after;
}
