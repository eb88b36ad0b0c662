import { AppError } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { presentRecommendation } from './present-recommendation.js';
import { recommendationSelect, type RecommendationOutput } from './recommendation.schema.js';

/** One recommendation of the tenant, or the same 404 for a missing and a foreign id. */
export async function findRecommendation(
  tdb: TelecomDb,
  tenantId: string,
  id: string,
): Promise<RecommendationOutput> {
  const row = await tdb.telecomRecommendation.findFirst({
    where: { tenantId, id },
    select: recommendationSelect,
  });
  if (!row) throw AppError.notFound('Recommendation');
  return presentRecommendation(row);
}
