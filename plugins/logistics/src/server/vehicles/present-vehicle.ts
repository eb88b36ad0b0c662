import { AppError } from '@crm/core';
import type { Prisma } from '../../generated/prisma/client.js';
import type { vehicleSelect, VehicleOutput } from './vehicle.schema.js';
import { vehicleOwnerships } from './vehicle.schema.js';
import { allowedTransitions, vehicleStatuses, type VehicleStatus } from './vehicle-state-machine.js';

type VehicleRow = Prisma.LogisticsVehicleGetPayload<{ select: typeof vehicleSelect }>;

export function asStatus(value: string): VehicleStatus {
  const status = vehicleStatuses.find((s) => s === value);
  if (!status) throw new AppError('INTERNAL', `Unknown vehicle status ${value}`);
  return status;
}

function asOwnership(value: string): VehicleOutput['ownership'] {
  return vehicleOwnerships.find((o) => o === value) ?? 'own';
}

export function presentVehicle(row: VehicleRow): VehicleOutput {
  const status = asStatus(row.status);
  return {
    ...row,
    volumeM3: row.volumeM3 === null ? null : Number(row.volumeM3),
    ownership: asOwnership(row.ownership),
    status,
    allowedTransitions: [...allowedTransitions(status)],
  };
}
