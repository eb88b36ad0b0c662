import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findRecommendation } from './find-recommendation.js';
import type { RecommendationOutput } from './recommendation.schema.js';

export async function getRecommendation(ctx: TelecomContext, id: string): Promise<RecommendationOutput> {
  authorize(ctx.ability, 'read', 'telecom.Recommendation');
  return findRecommendation(ctx.tdb, ctx.actor.tenantId, id);
}
