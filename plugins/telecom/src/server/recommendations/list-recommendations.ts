import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { presentRecommendation } from './present-recommendation.js';
import {
  recommendationSelect,
  type ListRecommendationsInput,
  type RecommendationOutput,
} from './recommendation.schema.js';

/** Savings recommendations, newest first: a client's, or by status. */
export async function listRecommendations(
  ctx: TelecomContext,
  input: ListRecommendationsInput,
): Promise<{ items: RecommendationOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.Recommendation');
  const rows = await ctx.tdb.telecomRecommendation.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.status ? { status: input.status } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: recommendationSelect,
  });
  return { items: rows.map(presentRecommendation) };
}
