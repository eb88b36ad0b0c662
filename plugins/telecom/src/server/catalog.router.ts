import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import * as offerings from './offerings/index.js';
import { idInput, items } from './router-kit.js';

const catalog = ['Telecom: catalogue (TMF620)'];

/** The tariff catalogue (TMF620): offerings and bundles along their lifecycle. */
export function offeringsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/productOffering',
          tags: catalog,
          summary: 'The tariff catalogue',
        },
      })
      .input(offerings.listOfferingsInput)
      .output(items(offerings.offeringOutput))
      .query(({ ctx, input }) => offerings.listOfferings(telecomContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/productOffering/{id}',
          tags: catalog,
          summary: 'One offering',
        },
      })
      .input(idInput)
      .output(offerings.offeringOutput)
      .query(({ ctx, input }) => offerings.getOffering(telecomContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/productOffering',
          tags: catalog,
          summary: 'Add a tariff or a bundle (In study)',
        },
        created: true,
      })
      .input(offerings.createOfferingInput)
      .output(offerings.offeringOutput)
      .mutation(({ ctx, input }) => offerings.createOffering(telecomContext(ctx.tenant), input)),
    update: procedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/telecom/productOffering/{id}',
          tags: catalog,
          summary: 'Change an offering (prices and bundle contents only before launch)',
        },
      })
      .input(offerings.updateOfferingInput)
      .output(offerings.offeringOutput)
      .mutation(({ ctx, input }) => offerings.updateOffering(telecomContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/productOffering/{id}/lifecycleStatus',
          tags: catalog,
          summary:
            'Move along the lifecycle: In study → In design → In test → Active → Launched → Retired → Obsolete',
        },
      })
      .input(offerings.transitionOfferingInput)
      .output(offerings.offeringOutput)
      .mutation(({ ctx, input }) => offerings.transitionOffering(telecomContext(ctx.tenant), input)),
  });
}
