import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { isUniqueViolation } from '../unique-violation.js';
import { presentVehicle } from './present-vehicle.js';
import { vehicleSelect, type CreateVehicleInput, type VehicleOutput } from './vehicle.schema.js';

export const plateTaken = (plate: string) =>
  AppError.invalid([{ field: 'plateNumber', message: `a vehicle with plate ${plate} exists already` }]);

/** Adds a vehicle to the fleet; it starts free. */
export async function createVehicle(
  ctx: LogisticsContext,
  input: CreateVehicleInput,
): Promise<VehicleOutput> {
  authorize(ctx.ability, 'create', 'logistics.Vehicle');
  const id = newId();
  try {
    const row = await ctx.ldb.logisticsVehicle.create({
      data: {
        tenantId: ctx.actor.tenantId,
        id,
        plateNumber: input.plateNumber.toUpperCase(),
        vin: input.vin ?? null,
        make: input.make,
        model: input.model,
        year: input.year ?? null,
        bodyType: input.bodyType,
        payloadKg: input.payloadKg,
        volumeM3: input.volumeM3 ?? null,
        ownership: input.ownership ?? 'own',
      },
      select: vehicleSelect,
    });
    const vehicle = presentVehicle(row);
    await recordAudit(ctx, {
      action: 'logistics.vehicle.created',
      recordType: 'logistics.vehicle',
      recordId: id,
      after: vehicle,
    });
    return vehicle;
  } catch (error) {
    if (isUniqueViolation(error)) throw plateTaken(input.plateNumber);
    throw error;
  }
}
