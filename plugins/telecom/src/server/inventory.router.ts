import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import * as products from './products/index.js';
import * as recommendations from './recommendations/index.js';
import { idInput, items } from './router-kit.js';

const inventory = ['Telecom: subscriptions (TMF637)'];
const retention = ['Telecom: tariff savings'];

/** Clients' subscriptions (TMF637), with what a cheaper tariff would save. */
export function productsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/product',
          tags: inventory,
          summary: "Clients' subscriptions",
        },
      })
      .input(products.listProductsInput)
      .output(items(products.productOutput))
      .query(({ ctx, input }) => products.listProducts(telecomContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/product/{id}',
          tags: inventory,
          summary: 'One subscription',
        },
      })
      .input(idInput)
      .output(products.productOutput)
      .query(({ ctx, input }) => products.getProduct(telecomContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/product',
          tags: inventory,
          summary: 'Register a subscription',
        },
        created: true,
      })
      .input(products.createProductInput)
      .output(products.productOutput)
      .mutation(({ ctx, input }) => products.createProduct(telecomContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/product/{id}/status',
          tags: inventory,
          summary: 'Change the status: activate, suspend, resume, terminate, cancel',
        },
      })
      .input(products.transitionProductInput)
      .output(products.productOutput)
      .mutation(({ ctx, input }) => products.transitionProduct(telecomContext(ctx.tenant), input)),
    tariffSavings: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/product/{id}/tariffSavings',
          tags: retention,
          summary: 'The last three months re-priced on every eligible launched tariff (no write)',
        },
      })
      .input(idInput)
      .output(recommendations.savingsPreviewOutput)
      .query(({ ctx, input }) => recommendations.previewSavings(telecomContext(ctx.tenant), input.id)),
  });
}
