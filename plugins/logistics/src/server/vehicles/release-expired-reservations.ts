import { newId } from '@crm/core';
import type { LogisticsDb } from '../../db.js';

export const RESERVATION_EXPIRED = 'reservation expired without confirmation';

/**
 * Puts vehicles whose reservation ran out back to free, logging each change (no actor: the system
 * did it). Runs before vehicles are read or changed, and from the `logistics.releaseExpiredReservations`
 * activity on a schedule, so a lapsed reservation never blocks a vehicle. Idempotent.
 */
export async function releaseExpiredReservations(
  ldb: LogisticsDb,
  tenantId: string,
  now = new Date(),
): Promise<number> {
  const expired = await ldb.logisticsVehicle.findMany({
    where: { status: 'reserved', reservedUntil: { lte: now } },
    select: { id: true },
  });
  for (const { id } of expired) {
    const released = await ldb.logisticsVehicle.updateMany({
      where: { id, status: 'reserved', reservedUntil: { lte: now } },
      data: {
        status: 'free',
        statusReason: RESERVATION_EXPIRED,
        reservedUntil: null,
        reservedForAccountId: null,
        statusChangedAt: now,
      },
    });
    if (released.count === 0) continue; // released meanwhile by someone else
    await ldb.logisticsVehicleStatusChange.create({
      data: {
        tenantId,
        id: newId(),
        vehicleId: id,
        fromStatus: 'reserved',
        toStatus: 'free',
        reason: RESERVATION_EXPIRED,
        actorUserId: null,
        at: now,
      },
      select: { id: true },
    });
  }
  return expired.length;
}
