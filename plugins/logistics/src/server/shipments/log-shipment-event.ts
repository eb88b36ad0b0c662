import { newId } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import type { ShipmentStatus } from './shipment-state-machine.js';

export interface ShipmentEvent {
  shipmentId: string;
  kind: 'created' | 'status' | 'arrived' | 'departed';
  fromStatus?: ShipmentStatus | null;
  toStatus?: ShipmentStatus | null;
  stopSequence?: number | null;
  vehicleId?: string | null;
  reason?: string | null;
  at: Date;
}

/** Appends one entry to the shipment's log (who, when, what). */
export async function logShipmentEvent(ctx: LogisticsContext, event: ShipmentEvent): Promise<void> {
  await ctx.ldb.logisticsShipmentEvent.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      shipmentId: event.shipmentId,
      kind: event.kind,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      stopSequence: event.stopSequence ?? null,
      vehicleId: event.vehicleId ?? null,
      reason: event.reason ?? null,
      actorUserId: ctx.actor.userId,
      at: event.at,
    },
    select: { id: true },
  });
}
