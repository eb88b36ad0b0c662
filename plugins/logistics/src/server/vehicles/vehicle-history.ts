import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findVehicle } from './find-vehicle.js';
import { asStatus } from './present-vehicle.js';
import { releaseExpiredReservations } from './release-expired-reservations.js';
import type { VehicleStatusChangeOutput } from './vehicle.schema.js';

/** Every status change of a vehicle, newest first (at most the last 500). */
export async function vehicleHistory(
  ctx: LogisticsContext,
  id: string,
): Promise<{ items: VehicleStatusChangeOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Vehicle');
  await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId);
  await findVehicle(ctx, id);
  const rows = await ctx.ldb.logisticsVehicleStatusChange.findMany({
    where: { tenantId: ctx.actor.tenantId, vehicleId: id },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 500,
    select: {
      id: true,
      tenantId: true,
      vehicleId: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      actorUserId: true,
      at: true,
    },
  });
  return {
    items: rows.map((row) => ({
      ...row,
      fromStatus: asStatus(row.fromStatus),
      toStatus: asStatus(row.toStatus),
    })),
  };
}
