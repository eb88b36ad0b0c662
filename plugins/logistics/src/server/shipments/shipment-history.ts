import { AppError, authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { shipmentEventKinds, type ShipmentEventOutput } from './shipment.schema.js';
import { asShipmentStatus } from './present-shipment.js';
import { findShipment } from './find-shipment.js';

function asKind(value: string): ShipmentEventOutput['kind'] {
  const kind = shipmentEventKinds.find((k) => k === value);
  if (!kind) throw new AppError('INTERNAL', `Unknown shipment event ${value}`);
  return kind;
}

/** The shipment's log, newest first: creation, status changes, stop arrivals and departures. */
export async function shipmentHistory(
  ctx: LogisticsContext,
  id: string,
): Promise<{ items: ShipmentEventOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Shipment');
  await findShipment(ctx, id);
  const rows = await ctx.ldb.logisticsShipmentEvent.findMany({
    where: { tenantId: ctx.actor.tenantId, shipmentId: id },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 500,
    select: {
      id: true,
      tenantId: true,
      shipmentId: true,
      kind: true,
      fromStatus: true,
      toStatus: true,
      stopSequence: true,
      vehicleId: true,
      reason: true,
      actorUserId: true,
      at: true,
    },
  });
  return {
    items: rows.map((row) => ({
      ...row,
      kind: asKind(row.kind),
      fromStatus: row.fromStatus === null ? null : asShipmentStatus(row.fromStatus),
      toStatus: row.toStatus === null ? null : asShipmentStatus(row.toStatus),
    })),
  };
}
