import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { vehicleStatuses } from './vehicle-state-machine.js';

export const vehicleOwnerships = ['own', 'leased', 'partner'] as const;
export const vehicleBodyTypes = [
  'tent',
  'refrigerator',
  'box',
  'flatbed',
  'tanker',
  'container',
  'van',
] as const;

const plate = z.string().trim().min(2).max(20);
const details = {
  vin: z.string().trim().length(17).nullable().optional(),
  make: z.string().trim().min(1).max(60),
  model: z.string().trim().min(1).max(60),
  year: z.number().int().min(1950).max(2100).nullable().optional(),
  bodyType: z.enum(vehicleBodyTypes),
  payloadKg: z.number().int().min(1).max(100_000),
  volumeM3: z.number().min(0).max(500).nullable().optional(),
  ownership: z.enum(vehicleOwnerships).optional(),
};

export const createVehicleInput = z.strictObject({ plateNumber: plate, ...details });
export type CreateVehicleInput = z.infer<typeof createVehicleInput>;

export const updateVehicleInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().optional(),
  plateNumber: plate.optional(),
  vin: details.vin,
  make: details.make.optional(),
  model: details.model.optional(),
  year: details.year,
  bodyType: details.bodyType.optional(),
  payloadKg: details.payloadKg.optional(),
  volumeM3: details.volumeM3,
  ownership: details.ownership,
});
export type UpdateVehicleInput = z.infer<typeof updateVehicleInput>;

export const listVehiclesInput = z.object({
  status: z.enum(vehicleStatuses).optional(),
  search: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ListVehiclesInput = z.infer<typeof listVehiclesInput>;

export const transitionVehicleInput = z.strictObject({
  id: z.uuid(),
  to: z.enum(vehicleStatuses),
  /** Required to block; kept with the change in the log. */
  reason: z.string().trim().max(500).nullable().optional(),
  /** Required to reserve: the reservation lapses (back to free) unless confirmed before then. */
  reservedUntil: z.coerce.date().nullable().optional(),
  /** The account the vehicle is reserved for. */
  accountId: z.uuid().nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type TransitionVehicleInput = z.infer<typeof transitionVehicleInput>;

export const vehicleSelect = {
  id: true,
  tenantId: true,
  plateNumber: true,
  vin: true,
  make: true,
  model: true,
  year: true,
  bodyType: true,
  payloadKg: true,
  volumeM3: true,
  ownership: true,
  status: true,
  statusReason: true,
  reservedUntil: true,
  reservedForAccountId: true,
  statusChangedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.LogisticsVehicleSelect;

export const vehicleOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  plateNumber: z.string(),
  vin: z.string().nullable(),
  make: z.string(),
  model: z.string(),
  year: z.number().int().nullable(),
  bodyType: z.string(),
  payloadKg: z.number().int(),
  volumeM3: z.number().nullable(),
  ownership: z.enum(vehicleOwnerships),
  status: z.enum(vehicleStatuses),
  statusReason: z.string().nullable(),
  reservedUntil: z.date().nullable(),
  reservedForAccountId: z.uuid().nullable(),
  statusChangedAt: z.date(),
  /** The statuses this vehicle may move to now. */
  allowedTransitions: z.array(z.enum(vehicleStatuses)),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type VehicleOutput = z.infer<typeof vehicleOutput>;

export const vehicleStatusChangeOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  vehicleId: z.uuid(),
  fromStatus: z.enum(vehicleStatuses),
  toStatus: z.enum(vehicleStatuses),
  reason: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  at: z.date(),
});
export type VehicleStatusChangeOutput = z.infer<typeof vehicleStatusChangeOutput>;
