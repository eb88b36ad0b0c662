import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { telecomContext } from '../db.js';
import * as accounts from './accounts/index.js';
import * as offerings from './offerings/index.js';
import * as orders from './orders/index.js';
import * as products from './products/index.js';
import * as recommendations from './recommendations/index.js';
import * as tickets from './tickets/index.js';
import * as usage from './usage/index.js';

const idInput = z.strictObject({ id: z.uuid() });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * The telecom API, mounted at `plugins.telecom` (tRPC) and `/api/v1/telecom/...` (REST). Resource
 * names and representations follow the TM Forum Open APIs (TMF620, 621, 622, 635, 637). Every
 * procedure is built from the kit's `procedure` (pluginProcedure('telecom')): 404 while the plugin is off.
 */
export function telecomApi({ router, procedure }: PluginApiKit) {
  const catalog = ['Telecom: catalogue (TMF620)'];
  const inventory = ['Telecom: subscriptions (TMF637)'];
  const ordering = ['Telecom: orders (TMF622)'];
  const support = ['Telecom: trouble tickets (TMF621)'];
  const metering = ['Telecom: usage (TMF635)'];
  const retention = ['Telecom: tariff savings'];
  return router({
    productOffering: router({
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
    }),
    product: router({
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
    }),
    productOrder: router({
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
    }),
    troubleTicket: router({
      list: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/telecom/troubleTicket',
            tags: support,
            summary: 'Trouble tickets',
          },
        })
        .input(tickets.listTicketsInput)
        .output(items(tickets.ticketOutput))
        .query(({ ctx, input }) => tickets.listTickets(telecomContext(ctx.tenant), input)),
      get: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/telecom/troubleTicket/{id}',
            tags: support,
            summary: 'One ticket',
          },
        })
        .input(idInput)
        .output(tickets.ticketOutput)
        .query(({ ctx, input }) => tickets.getTicket(telecomContext(ctx.tenant), input.id)),
      create: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/telecom/troubleTicket',
            tags: support,
            summary: 'Raise a ticket (SLA from severity)',
          },
          created: true,
        })
        .input(tickets.createTicketInput)
        .output(tickets.ticketOutput)
        .mutation(({ ctx, input }) => tickets.createTicket(telecomContext(ctx.tenant), input)),
      transition: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/telecom/troubleTicket/{id}/status',
            tags: support,
            summary: 'Change the status (the account manager is told)',
          },
        })
        .input(tickets.transitionTicketInput)
        .output(tickets.ticketOutput)
        .mutation(({ ctx, input }) => tickets.transitionTicket(telecomContext(ctx.tenant), input)),
    }),
    usage: router({
      list: procedure
        .meta({
          openapi: { method: 'GET', path: '/telecom/usage', tags: metering, summary: 'Usage records' },
        })
        .input(usage.listUsageInput)
        .output(items(usage.usageOutput))
        .query(({ ctx, input }) => usage.listUsage(telecomContext(ctx.tenant), input)),
      create: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/telecom/usage',
            tags: metering,
            summary: 'Record usage (one or a batch)',
          },
          created: true,
        })
        .input(usage.createUsageBatchInput)
        .output(items(usage.usageOutput))
        .mutation(({ ctx, input }) => usage.createUsage(telecomContext(ctx.tenant), input)),
    }),
    account: router({
      churnRisk: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/telecom/account/{accountId}/churnRisk',
            tags: retention,
            summary: "A client's churn-risk score now, with what drives it",
          },
        })
        .input(accounts.churnRiskInput)
        .output(accounts.churnRiskOutput)
        .query(({ ctx, input }) => accounts.getChurnRisk(telecomContext(ctx.tenant), input)),
    }),
    recommendation: router({
      list: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/telecom/recommendation',
            tags: retention,
            summary: 'Tariff-savings recommendations',
          },
        })
        .input(recommendations.listRecommendationsInput)
        .output(items(recommendations.recommendationOutput))
        .query(({ ctx, input }) => recommendations.listRecommendations(telecomContext(ctx.tenant), input)),
      get: procedure
        .meta({
          openapi: {
            method: 'GET',
            path: '/telecom/recommendation/{id}',
            tags: retention,
            summary: 'One recommendation',
          },
        })
        .input(idInput)
        .output(recommendations.recommendationOutput)
        .query(({ ctx, input }) => recommendations.getRecommendation(telecomContext(ctx.tenant), input.id)),
      accept: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/telecom/recommendation/{id}/accept',
            tags: retention,
            summary: 'The client accepts: a TMF622 order moves the subscription to the recommended tariff',
          },
        })
        .input(recommendations.decideRecommendationInput)
        .output(recommendations.recommendationOutput)
        .mutation(({ ctx, input }) =>
          recommendations.decideRecommendation(telecomContext(ctx.tenant), input, 'accepted'),
        ),
      decline: procedure
        .meta({
          openapi: {
            method: 'POST',
            path: '/telecom/recommendation/{id}/decline',
            tags: retention,
            summary: 'The client declines',
          },
        })
        .input(recommendations.decideRecommendationInput)
        .output(recommendations.recommendationOutput)
        .mutation(({ ctx, input }) =>
          recommendations.decideRecommendation(telecomContext(ctx.tenant), input, 'declined'),
        ),
    }),
  });
}
