import { AppError } from '@crm/core';
import type { Prisma } from '../../generated/prisma/client.js';
import { asStopKind } from '../routes/present-route.js';
import {
  allowedShipmentTransitions,
  shipmentStatuses,
  stopStatus,
  type ShipmentStatus,
} from './shipment-state-machine.js';
import type { shipmentSelect, ShipmentOutput } from './shipment.schema.js';

export type ShipmentRow = Prisma.LogisticsShipmentGetPayload<{ select: typeof shipmentSelect }>;

export function asShipmentStatus(value: string): ShipmentStatus {
  const status = shipmentStatuses.find((s) => s === value);
  if (!status) throw new AppError('INTERNAL', `Unknown shipment status ${value}`);
  return status;
}

export function presentShipment(row: ShipmentRow): ShipmentOutput {
  const status = asShipmentStatus(row.status);
  return {
    ...row,
    volumeM3: row.volumeM3 === null ? null : Number(row.volumeM3),
    status,
    stops: row.stops.map((stop) => ({ ...stop, kind: asStopKind(stop.kind), status: stopStatus(stop) })),
    allowedTransitions: [...allowedShipmentTransitions(status)],
  };
}
