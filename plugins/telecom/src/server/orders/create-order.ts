import { authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { readableAccount } from '../shared/readable-account.js';
import { findOrder } from './find-order.js';
import type { CreateOrderInput, OrderOutput } from './order.schema.js';
import { placeOrder } from './place-order.js';

/** Places a TMF622 product order for a client; it starts `acknowledged`. */
export async function createOrder(ctx: TelecomContext, input: CreateOrderInput): Promise<OrderOutput> {
  authorize(ctx.ability, 'create', 'telecom.ProductOrder');
  await readableAccount(ctx, input.accountId);
  const id = await placeOrder(ctx.tdb, {
    ...input,
    tenantId: ctx.actor.tenantId,
    ownerId: ctx.actor.userId,
    actorUserId: ctx.actor.userId,
  });
  const { order } = await findOrder(ctx, id);
  await recordAudit(ctx, {
    action: 'telecom.productOrder.created',
    recordType: 'telecom.productOrder',
    recordId: id,
    after: order,
  });
  return order;
}
