import type { PluginApiKit } from '@crm/api';
import { realestateContext } from '../db.js';
import * as deals from './deals/index.js';
import * as showings from './showings/index.js';
import { idInput, items } from './router-kit.js';

const tags = ['Real estate: showings'];
const dealTags = ['Real estate: deals'];

/** Showing appointments: request, confirm / deny / cancel, feedback. */
export function showingsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/realestate/showings', tags, summary: 'Showings by start time' },
      })
      .input(showings.listShowingsInput)
      .output(items(showings.showingOutput))
      .query(({ ctx, input }) => showings.listShowings(realestateContext(ctx.tenant), input)),
    get: procedure
      .meta({ openapi: { method: 'GET', path: '/realestate/showings/{id}', tags, summary: 'One showing' } })
      .input(idInput)
      .output(showings.showingOutput)
      .query(({ ctx, input }) => showings.getShowing(realestateContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/showings',
          tags,
          summary: 'Request a showing (Pending)',
        },
        created: true,
      })
      .input(showings.createShowingInput)
      .output(showings.showingOutput)
      .mutation(({ ctx, input }) => showings.createShowing(realestateContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/showings/{id}/status',
          tags,
          summary: 'Confirm, deny (with reason) or cancel (with reason)',
        },
      })
      .input(showings.transitionShowingInput)
      .output(showings.showingOutput)
      .mutation(({ ctx, input }) => showings.transitionShowing(realestateContext(ctx.tenant), input)),
    feedback: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/showings/{id}/feedback',
          tags,
          summary: "The buyer's feedback",
        },
      })
      .input(showings.showingFeedbackInput)
      .output(showings.showingOutput)
      .mutation(({ ctx, input }) => showings.recordShowingFeedback(realestateContext(ctx.tenant), input)),
  });
}

/** The real-estate terms of core deals: object, contract price and (restricted) real price. */
export function dealsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/deals',
          tags: dealTags,
          summary: 'Deals with their terms',
        },
      })
      .input(deals.listDealsInput)
      .output(items(deals.dealTermsOutput))
      .query(({ ctx, input }) => deals.listDealTerms(realestateContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/deals/{dealId}',
          tags: dealTags,
          summary: "A deal's terms",
        },
      })
      .input(deals.dealIdInput)
      .output(deals.dealTermsOutput)
      .query(({ ctx, input }) => deals.getDealTerms(realestateContext(ctx.tenant), input.dealId)),
    upsert: procedure
      .meta({
        openapi: {
          method: 'PUT',
          path: '/realestate/deals/{dealId}',
          tags: dealTags,
          summary: "Set a deal's object, contract price and real price",
        },
      })
      .input(deals.upsertDealInput)
      .output(deals.dealTermsOutput)
      .mutation(({ ctx, input }) => deals.upsertDealTerms(realestateContext(ctx.tenant), input)),
  });
}
