import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findShipment } from './find-shipment.js';
import type { ShipmentOutput } from './shipment.schema.js';

export async function getShipment(ctx: LogisticsContext, id: string): Promise<ShipmentOutput> {
  authorize(ctx.ability, 'read', 'logistics.Shipment');
  return findShipment(ctx, id);
}
