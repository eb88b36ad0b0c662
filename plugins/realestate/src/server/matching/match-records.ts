import type { RealestateDb } from '../../db.js';
import { marketedStatuses } from '../properties/listing-state-machine.js';
import { matchScore, type MatchCriteria, type MatchFacts } from './match-score.js';

const factsSelect = {
  ListingKey: true,
  PropertyType: true,
  City: true,
  districtId: true,
  ListPrice: true,
  LivingArea: true,
  BedroomsTotal: true,
  EntryLevel: true,
  StoriesTotal: true,
} as const;

const criteriaSelect = {
  id: true,
  PropertyType: true,
  City: true,
  districtIds: true,
  minPrice: true,
  maxPrice: true,
  minArea: true,
  maxArea: true,
  minBedrooms: true,
  maxBedrooms: true,
  minFloor: true,
  maxFloor: true,
  notFirstFloor: true,
  notLastFloor: true,
} as const;

const num = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

type FactsRow = {
  ListingKey: string;
  PropertyType: string;
  City: string;
  districtId: string | null;
  ListPrice: { toString(): string } | null;
  LivingArea: { toString(): string } | null;
  BedroomsTotal: number | null;
  EntryLevel: number | null;
  StoriesTotal: number | null;
};
type CriteriaRow = Omit<MatchCriteria, 'minPrice' | 'maxPrice' | 'minArea' | 'maxArea'> & {
  id: string;
  minPrice: { toString(): string } | null;
  maxPrice: { toString(): string } | null;
  minArea: { toString(): string } | null;
  maxArea: { toString(): string } | null;
};

const toFacts = (row: FactsRow): MatchFacts => ({
  ...row,
  ListPrice: num(row.ListPrice),
  LivingArea: num(row.LivingArea),
});
const toCriteria = (row: CriteriaRow): MatchCriteria => ({
  ...row,
  minPrice: num(row.minPrice),
  maxPrice: num(row.maxPrice),
  minArea: num(row.minArea),
  maxArea: num(row.maxArea),
});

/** Objects buyers may be offered: on the market, and neither a known duplicate nor rejected. */
const offered = {
  StandardStatus: { in: [...marketedStatuses] },
  verificationStatus: { notIn: ['Duplicate', 'Rejected'] },
};

/**
 * Brings the stored matches in line: adds new pairs (not yet notified), updates scores, and drops
 * pairs that no longer fit unless the client already marked a preference on them.
 */
async function reconcile(
  rdb: RealestateDb,
  tenantId: string,
  scope: { requirementId: string } | { ListingKey: string },
  found: { requirementId: string; ListingKey: string; score: number }[],
): Promise<number> {
  const existing = await rdb.realestateMatch.findMany({
    where: { tenantId, ...scope },
    select: { requirementId: true, ListingKey: true, ContactListingPreference: true },
  });
  const key = (m: { requirementId: string; ListingKey: string }) => `${m.requirementId}:${m.ListingKey}`;
  const known = new Set(existing.map(key));
  const fresh = found.filter((m) => !known.has(key(m)));
  if (fresh.length > 0) {
    await rdb.realestateMatch.createMany({
      data: fresh.map((m) => ({ tenantId, ...m })),
      skipDuplicates: true,
    });
  }
  for (const m of found.filter((f) => known.has(key(f)))) {
    await rdb.realestateMatch.updateMany({
      where: { tenantId, requirementId: m.requirementId, ListingKey: m.ListingKey },
      data: { score: m.score },
    });
  }
  const still = new Set(found.map(key));
  const gone = existing.filter((m) => !still.has(key(m)) && m.ContactListingPreference === null);
  for (const m of gone) {
    await rdb.realestateMatch.deleteMany({
      where: {
        tenantId,
        requirementId: m.requirementId,
        ListingKey: m.ListingKey,
        ContactListingPreference: null,
      },
    });
  }
  return fresh.length;
}

/** Matches one requirement against every object on offer; returns how many matches are new. */
export async function matchRequirement(
  rdb: RealestateDb,
  tenantId: string,
  requirementId: string,
): Promise<number> {
  const row = await rdb.realestateRequirement.findFirst({
    where: { tenantId, id: requirementId },
    select: { ...criteriaSelect, status: true },
  });
  if (!row) return 0;
  const criteria = toCriteria(row);
  const objects =
    row.status === 'Active'
      ? await rdb.realestateProperty.findMany({
          where: {
            tenantId,
            ...offered,
            PropertyType: criteria.PropertyType,
            ...(criteria.districtIds.length > 0 ? { districtId: { in: [...criteria.districtIds] } } : {}),
          },
          select: factsSelect,
          take: 5000,
        })
      : [];
  const found = objects.flatMap((object) => {
    const score = matchScore(criteria, toFacts(object));
    return score === null ? [] : [{ requirementId, ListingKey: object.ListingKey, score }];
  });
  return reconcile(rdb, tenantId, { requirementId }, found);
}

/** Matches one object against every active requirement; returns how many matches are new. */
export async function matchProperty(
  rdb: RealestateDb,
  tenantId: string,
  ListingKey: string,
): Promise<number> {
  const object = await rdb.realestateProperty.findFirst({
    where: { tenantId, ListingKey, ...offered },
    select: factsSelect,
  });
  const requirements = object
    ? await rdb.realestateRequirement.findMany({
        where: { tenantId, status: 'Active', PropertyType: object.PropertyType },
        select: criteriaSelect,
        take: 5000,
      })
    : [];
  const found = object
    ? requirements.flatMap((requirement) => {
        const score = matchScore(toCriteria(requirement), toFacts(object));
        return score === null ? [] : [{ requirementId: requirement.id, ListingKey, score }];
      })
    : [];
  return reconcile(rdb, tenantId, { ListingKey }, found);
}
