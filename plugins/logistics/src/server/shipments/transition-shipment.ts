import { AppError, authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { tenantLogisticsConfig } from '../tenant-config.js';
import { applyVehicleTransition } from '../vehicles/apply-vehicle-transition.js';
import { findVehicle } from '../vehicles/find-vehicle.js';
import { releaseExpiredReservations } from '../vehicles/release-expired-reservations.js';
import type { VehicleStatus } from '../vehicles/vehicle-state-machine.js';
import { findShipment } from './find-shipment.js';
import { logShipmentEvent } from './log-shipment-event.js';
import { checkShipmentTransition } from './shipment-state-machine.js';
import type { ShipmentOutput, TransitionShipmentInput } from './shipment.schema.js';

const HOUR_MS = 3_600_000;

/** Reserves a free vehicle that can carry the shipment; returns its id. */
async function reserveVehicle(
  ctx: LogisticsContext,
  shipment: ShipmentOutput,
  input: TransitionShipmentInput,
  now: Date,
): Promise<string> {
  const vehicleId = input.vehicleId ?? '';
  const vehicle = await findVehicle(ctx, vehicleId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw AppError.invalid([{ field: 'vehicleId', message: 'no such vehicle' }]);
    throw error;
  });
  if (vehicle.payloadKg < shipment.weightKg) {
    throw AppError.invalid([
      {
        field: 'vehicleId',
        message: `carries at most ${vehicle.payloadKg} kg; the shipment weighs ${shipment.weightKg} kg`,
      },
    ]);
  }
  const hours = (await tenantLogisticsConfig(ctx.db, ctx.actor.tenantId)).reservationHours;
  await applyVehicleTransition(
    ctx,
    {
      id: vehicleId,
      to: 'reserved',
      reservedUntil: input.reservedUntil ?? new Date(now.getTime() + hours * HOUR_MS),
      accountId: shipment.accountId,
      reason: `shipment ${shipment.number}`,
    },
    now,
  );
  return vehicleId;
}

/** Moves the shipment's vehicle from `from` to `to` when it is still where the shipment left it. */
async function moveVehicleIf(
  ctx: LogisticsContext,
  vehicleId: string | null,
  from: VehicleStatus,
  to: VehicleStatus,
  reason: string,
  now: Date,
): Promise<boolean> {
  if (!vehicleId) return false;
  const vehicle = await findVehicle(ctx, vehicleId);
  if (vehicle.status !== from) return false;
  await applyVehicleTransition(ctx, { id: vehicleId, to, reason }, now);
  return true;
}

/**
 * Moves a shipment along its state machine and its vehicle with it: assigning reserves a free vehicle
 * (for the tenant's reservation hours unless `reservedUntil` is given), dispatching puts it in
 * transit, delivering frees it, unassigning or cancelling releases it. Invalid transitions answer
 * 409 naming the allowed ones; every change is logged on the shipment and the vehicle.
 */
export async function transitionShipment(
  ctx: LogisticsContext,
  input: TransitionShipmentInput,
): Promise<ShipmentOutput> {
  authorize(ctx.ability, 'transition', 'logistics.Shipment');
  const now = new Date();
  await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId, now);
  const shipment = await findShipment(ctx, input.id);
  const from = shipment.status;
  const { reason } = checkShipmentTransition(from, input);
  const why = reason ?? `shipment ${shipment.number}`;
  let vehicleId = shipment.vehicleId;
  const data: { dispatchedAt?: Date; deliveredAt?: Date } = {};
  if (input.to === 'assigned') {
    vehicleId = await reserveVehicle(ctx, shipment, input, now);
  } else if (input.to === 'planned') {
    await moveVehicleIf(ctx, vehicleId, 'reserved', 'free', why, now);
    vehicleId = null;
  } else if (input.to === 'in_transit') {
    if (!(await moveVehicleIf(ctx, vehicleId, 'reserved', 'in_transit', why, now))) {
      throw AppError.conflict(
        'The vehicle is no longer reserved for this shipment (the reservation lapsed or it was released); assign a vehicle again',
      );
    }
    data.dispatchedAt = now;
  } else if (input.to === 'delivered') {
    const last = shipment.stops.at(-1);
    if (last && !last.actualArrivalAt) {
      throw AppError.conflict(`Record the arrival at the last stop (${last.sequence}) before delivering`);
    }
    await moveVehicleIf(ctx, vehicleId, 'in_transit', 'free', why, now);
    data.deliveredAt = now;
  } else {
    // cancelled: release the vehicle where the shipment held it
    const held: VehicleStatus = from === 'in_transit' ? 'in_transit' : 'reserved';
    await moveVehicleIf(ctx, vehicleId, held, 'free', why, now);
  }
  const updated = await ctx.ldb.logisticsShipment.updateMany({
    where: {
      tenantId: ctx.actor.tenantId,
      id: input.id,
      status: from,
      version: input.expectedVersion ?? shipment.version,
    },
    data: { status: input.to, statusReason: reason, vehicleId, ...data },
  });
  if (updated.count === 0) throw AppError.conflict('The shipment was changed meanwhile; reload it and retry');
  await logShipmentEvent(ctx, {
    shipmentId: input.id,
    kind: 'status',
    fromStatus: from,
    toStatus: input.to,
    vehicleId,
    reason,
    at: now,
  });
  const after = await findShipment(ctx, input.id);
  await recordAudit(ctx, {
    action: 'logistics.shipment.status_changed',
    recordType: 'logistics.shipment',
    recordId: input.id,
    before: { status: from, vehicleId: shipment.vehicleId },
    after: { status: after.status, vehicleId: after.vehicleId, reason },
  });
  return after;
}
