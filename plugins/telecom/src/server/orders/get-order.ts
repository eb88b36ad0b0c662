import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findOrder } from './find-order.js';
import type { OrderOutput } from './order.schema.js';

export async function getOrder(ctx: TelecomContext, id: string): Promise<OrderOutput> {
  authorize(ctx.ability, 'read', 'telecom.ProductOrder');
  return (await findOrder(ctx, id)).order;
}
