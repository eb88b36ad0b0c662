import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import * as orders from './orders/index.js';
import { idInput, items } from './router-kit.js';

const ordering = ['Telecom: orders (TMF622)'];

/** Product orders (TMF622) that add, change and end subscriptions. */
export function ordersRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/productOrder',
          tags: ordering,
          summary: 'Product orders',
        },
      })
      .input(orders.listOrdersInput)
      .output(items(orders.orderOutput))
      .query(({ ctx, input }) => orders.listOrders(telecomContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/productOrder/{id}',
          tags: ordering,
          summary: 'One order',
        },
      })
      .input(idInput)
      .output(orders.orderOutput)
      .query(({ ctx, input }) => orders.getOrder(telecomContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/productOrder',
          tags: ordering,
          summary: 'Place an order (acknowledged)',
        },
        created: true,
      })
      .input(orders.createOrderInput)
      .output(orders.orderOutput)
      .mutation(({ ctx, input }) => orders.createOrder(telecomContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/productOrder/{id}/state',
          tags: ordering,
          summary: 'Change the state (completing applies the items to the subscriptions)',
        },
      })
      .input(orders.transitionOrderInput)
      .output(orders.orderOutput)
      .mutation(({ ctx, input }) => orders.transitionOrder(telecomContext(ctx.tenant), input)),
  });
}
