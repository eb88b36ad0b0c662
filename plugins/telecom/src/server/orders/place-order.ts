import { AppError, newId, type FieldIssue } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { liveProductStatuses } from '../products/product-status.js';
import { orderableOffering } from '../products/orderable-offering.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import type { CreateOrderInput } from './order.schema.js';

/**
 * Writes a product order (acknowledged) after checking every item: `add` needs an orderable offering
 * and the new line's number, `modify` a live subscription of the client and an orderable offering,
 * `delete` a live subscription of the client. Problems answer 400 naming `productOrderItem.<n>.<field>`.
 */
export async function placeOrder(
  tdb: TelecomDb,
  order: CreateOrderInput & { tenantId: string; ownerId: string | null; actorUserId: string | null },
): Promise<string> {
  const { tenantId } = order;
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const items: {
    id: string;
    action: string;
    quantity: number;
    offeringId: string | null;
    productId: string | null;
    productSerialNumber: string | null;
  }[] = [];
  for (const [index, item] of order.productOrderItem.entries()) {
    const at = (field: string) => `productOrderItem.${index}.${field}`;
    if (seen.has(item.id)) issues.push({ field: at('id'), message: `item id ${item.id} is used twice` });
    seen.add(item.id);
    let offeringId: string | null = null;
    let productId: string | null = null;
    if (item.action === 'add' || item.action === 'modify') {
      if (!item.productOffering) {
        issues.push({ field: at('productOffering'), message: `is required to ${item.action}` });
      } else {
        try {
          offeringId = (
            await orderableOffering(tdb, tenantId, item.productOffering.id, at('productOffering.id'))
          ).id;
        } catch (error) {
          if (error instanceof AppError && error.details?.fields) issues.push(...error.details.fields);
          else throw error;
        }
      }
    }
    if (item.action === 'add' && !item.product?.productSerialNumber)
      issues.push({ field: at('product.productSerialNumber'), message: 'is required to add a line' });
    if (item.action === 'modify' || item.action === 'delete' || item.action === 'noChange') {
      const product = item.product?.id
        ? await tdb.telecomProduct.findFirst({
            where: { tenantId, id: item.product.id, accountId: order.accountId },
            select: { id: true, status: true },
          })
        : null;
      if (!product)
        issues.push({ field: at('product.id'), message: "is not one of the client's subscriptions" });
      else if (item.action !== 'noChange' && !liveProductStatuses.some((s) => s === product.status))
        issues.push({ field: at('product.id'), message: `the subscription is ${product.status}` });
      else productId = product.id;
    }
    items.push({
      id: item.id,
      action: item.action,
      quantity: item.quantity ?? 1,
      offeringId,
      productId,
      productSerialNumber: item.action === 'add' ? (item.product?.productSerialNumber ?? null) : null,
    });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
  const id = newId();
  const now = new Date();
  await tdb.telecomProductOrder.create({
    data: {
      tenantId,
      id,
      accountId: order.accountId,
      state: 'acknowledged',
      priority: order.priority ?? null,
      description: order.description ?? null,
      orderDate: now,
      requestedStartDate: order.requestedStartDate ? new Date(order.requestedStartDate) : null,
      requestedCompletionDate: order.requestedCompletionDate ? new Date(order.requestedCompletionDate) : null,
      expectedCompletionDate: order.requestedCompletionDate ? new Date(order.requestedCompletionDate) : null,
      ownerId: order.ownerId,
    },
    select: { id: true },
  });
  // New lines are kept on the item until completion creates the subscription.
  await tdb.telecomProductOrderItem.createMany({
    data: items.map((item) => ({ tenantId, orderId: id, ...item, state: 'acknowledged' })),
  });
  await recordStatusChange(tdb, {
    tenantId,
    entityType: 'productOrder',
    entityId: id,
    fromStatus: null,
    toStatus: 'acknowledged',
    actorUserId: order.actorUserId,
    at: now,
  });
  return id;
}
