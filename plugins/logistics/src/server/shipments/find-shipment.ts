import { AppError } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { readableAccountsWhere } from '../account-scope.js';
import { presentShipment } from './present-shipment.js';
import { shipmentSelect, type ShipmentOutput } from './shipment.schema.js';

/**
 * One shipment of the tenant for an account the actor may read, or the same 404 for a missing, a
 * foreign-tenant and an out-of-scope id.
 */
export async function findShipment(ctx: LogisticsContext, id: string): Promise<ShipmentOutput> {
  const row = await ctx.ldb.logisticsShipment.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, ...(await readableAccountsWhere(ctx)) },
    select: shipmentSelect,
  });
  if (!row) throw AppError.notFound('Shipment');
  return presentShipment(row);
}
