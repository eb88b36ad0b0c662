import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { readableAccountsWhere } from '../account-scope.js';
import { presentShipment } from './present-shipment.js';
import { shipmentSelect, type ListShipmentsInput, type ShipmentOutput } from './shipment.schema.js';

/** Shipments, newest first, of accounts the actor may read; filtered by status, account or vehicle. */
export async function listShipments(
  ctx: LogisticsContext,
  input: ListShipmentsInput,
): Promise<{ items: ShipmentOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Shipment');
  const rows = await ctx.ldb.logisticsShipment.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        await readableAccountsWhere(ctx),
        {
          ...(input.status ? { status: input.status } : {}),
          ...(input.accountId ? { accountId: input.accountId } : {}),
          ...(input.vehicleId ? { vehicleId: input.vehicleId } : {}),
        },
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: shipmentSelect,
  });
  return { items: rows.map(presentShipment) };
}
