import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import * as accounts from './accounts/index.js';
import * as recommendations from './recommendations/index.js';
import { idInput, items } from './router-kit.js';

const retention = ['Telecom: tariff savings'];

/** A client's churn-risk score. */
export function accountsRouter({ router, procedure }: PluginApiKit) {
  return router({
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
  });
}

/** Tariff-savings recommendations that the client accepts or declines. */
export function recommendationsRouter({ router, procedure }: PluginApiKit) {
  return router({
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
  });
}
