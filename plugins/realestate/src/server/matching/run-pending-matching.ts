import type { RealestateDb } from '../../db.js';
import { matchProperty, matchRequirement } from './match-records.js';

const BATCH = 500;

/**
 * Matches everything that changed since the last run: objects and requirements whose
 * `matchRequestedAt` is set (by create, update, status changes and merges). Each mark is cleared
 * only if it was not set again meanwhile, so a change during the run is matched next time.
 * Idempotent; at most 500 objects and 500 requirements per run (the rest on the next run).
 */
export async function runPendingMatching(
  rdb: RealestateDb,
  tenantId: string,
): Promise<{ properties: number; requirements: number; newMatches: number }> {
  let newMatches = 0;
  const properties = await rdb.realestateProperty.findMany({
    where: { tenantId, matchRequestedAt: { not: null } },
    orderBy: { matchRequestedAt: 'asc' },
    take: BATCH,
    select: { ListingKey: true, matchRequestedAt: true },
  });
  for (const property of properties) {
    newMatches += await matchProperty(rdb, tenantId, property.ListingKey);
    await rdb.realestateProperty.updateMany({
      where: { tenantId, ListingKey: property.ListingKey, matchRequestedAt: property.matchRequestedAt },
      data: { matchRequestedAt: null },
    });
  }
  const requirements = await rdb.realestateRequirement.findMany({
    where: { tenantId, matchRequestedAt: { not: null } },
    orderBy: { matchRequestedAt: 'asc' },
    take: BATCH,
    select: { id: true, matchRequestedAt: true },
  });
  for (const requirement of requirements) {
    newMatches += await matchRequirement(rdb, tenantId, requirement.id);
    await rdb.realestateRequirement.updateMany({
      where: { tenantId, id: requirement.id, matchRequestedAt: requirement.matchRequestedAt },
      data: { matchRequestedAt: null },
    });
  }
  return { properties: properties.length, requirements: requirements.length, newMatches };
}
