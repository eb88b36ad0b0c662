import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { place, stopKinds } from '../routes/route.schema.js';
import { shipmentStatuses, stopStatuses } from './shipment-state-machine.js';

const dateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const shipmentStopInput = z.strictObject({
  kind: z.enum(stopKinds),
  place,
  plannedArrivalAt: dateTime.nullable().optional(),
  plannedDepartureAt: dateTime.nullable().optional(),
});

export const createShipmentInput = z
  .strictObject({
    number: z.string().trim().min(1).max(60),
    /** The client account. */
    accountId: z.uuid(),
    cargo: z.string().trim().min(1).max(500),
    weightKg: z.number().int().min(1).max(100_000),
    volumeM3: z.number().min(0).max(500).nullable().optional(),
    /** Plan on a route: its stops are copied, timed from `plannedStartAt` when given. */
    routeId: z.uuid().optional(),
    plannedStartAt: dateTime.optional(),
    /** Or give the stops here (in order). */
    stops: z.array(shipmentStopInput).min(2).max(50).optional(),
    ownerId: z.uuid().nullable().optional(),
  })
  .superRefine((value, issue) => {
    if (!value.routeId && !value.stops) {
      issue.addIssue({ code: 'custom', path: ['stops'], message: 'are required when no routeId is given' });
    }
    if (value.routeId && value.stops) {
      issue.addIssue({ code: 'custom', path: ['stops'], message: 'give either routeId or stops, not both' });
    }
    value.stops?.forEach((stop, index) => {
      if (
        stop.plannedArrivalAt &&
        stop.plannedDepartureAt &&
        stop.plannedDepartureAt < stop.plannedArrivalAt
      ) {
        issue.addIssue({
          code: 'custom',
          path: ['stops', index, 'plannedDepartureAt'],
          message: 'must not be before plannedArrivalAt',
        });
      }
    });
  });
export type CreateShipmentInput = z.infer<typeof createShipmentInput>;

export const listShipmentsInput = z.object({
  status: z.enum(shipmentStatuses).optional(),
  accountId: z.uuid().optional(),
  vehicleId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListShipmentsInput = z.infer<typeof listShipmentsInput>;

export const transitionShipmentInput = z.strictObject({
  id: z.uuid(),
  to: z.enum(shipmentStatuses),
  /** Required to assign: a free vehicle, reserved for this shipment. */
  vehicleId: z.uuid().nullable().optional(),
  /** To assign: how long the vehicle stays reserved unless dispatched (default: the tenant's reservationHours). */
  reservedUntil: dateTime.nullable().optional(),
  /** Required to cancel; kept in the shipment's log. */
  reason: z.string().trim().max(500).nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type TransitionShipmentInput = z.infer<typeof transitionShipmentInput>;

export const recordStopInput = z.strictObject({
  id: z.uuid(),
  sequence: z.coerce.number().int().min(1).max(50),
  event: z.enum(['arrived', 'departed']),
  /** When it happened (default: now); not in the future. */
  at: dateTime.optional(),
});
export type RecordStopInput = z.infer<typeof recordStopInput>;

export const shipmentSelect = {
  id: true,
  tenantId: true,
  number: true,
  accountId: true,
  routeId: true,
  cargo: true,
  weightKg: true,
  volumeM3: true,
  vehicleId: true,
  status: true,
  statusReason: true,
  ownerId: true,
  dispatchedAt: true,
  deliveredAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  stops: {
    select: {
      sequence: true,
      kind: true,
      place: true,
      plannedArrivalAt: true,
      plannedDepartureAt: true,
      actualArrivalAt: true,
      actualDepartureAt: true,
    },
    orderBy: { sequence: 'asc' },
  },
} satisfies Prisma.LogisticsShipmentSelect;

export const shipmentStopOutput = z.object({
  sequence: z.number().int(),
  kind: z.enum(stopKinds),
  place: z.string(),
  plannedArrivalAt: z.date().nullable(),
  plannedDepartureAt: z.date().nullable(),
  actualArrivalAt: z.date().nullable(),
  actualDepartureAt: z.date().nullable(),
  status: z.enum(stopStatuses),
});

export const shipmentOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  number: z.string(),
  accountId: z.uuid(),
  routeId: z.uuid().nullable(),
  cargo: z.string(),
  weightKg: z.number().int(),
  volumeM3: z.number().nullable(),
  vehicleId: z.uuid().nullable(),
  status: z.enum(shipmentStatuses),
  statusReason: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  dispatchedAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  stops: z.array(shipmentStopOutput),
  /** The statuses this shipment may move to now. */
  allowedTransitions: z.array(z.enum(shipmentStatuses)),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ShipmentOutput = z.infer<typeof shipmentOutput>;

export const shipmentEventKinds = ['created', 'status', 'arrived', 'departed'] as const;

export const shipmentEventOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  shipmentId: z.uuid(),
  kind: z.enum(shipmentEventKinds),
  fromStatus: z.enum(shipmentStatuses).nullable(),
  toStatus: z.enum(shipmentStatuses).nullable(),
  stopSequence: z.number().int().nullable(),
  vehicleId: z.uuid().nullable(),
  reason: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  at: z.date(),
});
export type ShipmentEventOutput = z.infer<typeof shipmentEventOutput>;
