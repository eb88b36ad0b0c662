import { AppError, newId } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { moveProduct } from '../products/move-product.js';
import { productLifecycle, type ProductStatus } from '../products/product-status.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { asState } from '../shared/state-machine.js';
import type { OrderRow } from './order.schema.js';

/**
 * What a completed order does to the client's inventory: `add` creates the subscription (active),
 * `modify` moves it to the ordered offering, `delete` terminates it. Runs in the order's transaction,
 * so a failing item (a line number taken meanwhile) leaves the order where it was.
 */
export async function applyOrderItems(
  tdb: TelecomDb,
  order: OrderRow,
  tenantId: string,
  actorUserId: string | null,
  now: Date,
): Promise<void> {
  for (const item of order.items) {
    if (item.action === 'add' && item.offering && item.productSerialNumber) {
      const taken = await tdb.telecomProduct.findFirst({
        where: { tenantId, productSerialNumber: item.productSerialNumber },
        select: { id: true },
      });
      if (taken)
        throw AppError.conflict(`Line ${item.productSerialNumber} of item ${item.id} is subscribed already`);
      const productId = newId();
      await tdb.telecomProduct.create({
        data: {
          tenantId,
          id: productId,
          accountId: order.accountId,
          offeringId: item.offering.id,
          name: item.offering.name,
          productSerialNumber: item.productSerialNumber,
          status: 'active',
          orderDate: order.orderDate,
          startDate: now,
          statusChangedAt: now,
        },
        select: { id: true },
      });
      await tdb.telecomProductOrderItem.updateMany({
        where: { tenantId, orderId: order.id, id: item.id },
        data: { productId },
      });
      await recordStatusChange(tdb, {
        tenantId,
        entityType: 'product',
        entityId: productId,
        fromStatus: null,
        toStatus: 'active',
        reason: `order ${order.id} item ${item.id}`,
        actorUserId,
        at: now,
      });
    } else if (item.action === 'modify' && item.offering && item.product) {
      await tdb.telecomProduct.updateMany({
        where: { tenantId, id: item.product.id },
        data: { offeringId: item.offering.id, name: item.offering.name },
      });
    } else if (item.action === 'delete' && item.product) {
      const product = await tdb.telecomProduct.findFirst({
        where: { tenantId, id: item.product.id },
        select: { status: true },
      });
      let status: ProductStatus | null = product ? asState(productLifecycle, product.status) : null;
      for (const to of ['pendingTerminate', 'terminated'] as const) {
        if (!status || !productLifecycle.next[status].includes(to)) continue;
        await moveProduct(tdb, {
          tenantId,
          id: item.product.id,
          from: status,
          to,
          reason: `order ${order.id} item ${item.id}`,
          actorUserId,
          now,
        });
        status = to;
      }
    }
  }
}
