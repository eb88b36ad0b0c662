/** A buyer's criteria, as matching reads them (nulls: no criterion). */
export interface MatchCriteria {
  PropertyType: string;
  City: string | null;
  districtIds: readonly string[];
  minPrice: number | null;
  maxPrice: number | null;
  minArea: number | null;
  maxArea: number | null;
  minBedrooms: number | null;
  maxBedrooms: number | null;
  minFloor: number | null;
  maxFloor: number | null;
  notFirstFloor: boolean;
  notLastFloor: boolean;
}

/** An object's facts, as matching reads them (nulls: unknown). */
export interface MatchFacts {
  PropertyType: string;
  City: string;
  districtId: string | null;
  ListPrice: number | null;
  LivingArea: number | null;
  BedroomsTotal: number | null;
  EntryLevel: number | null;
  StoriesTotal: number | null;
}

const inRange = (value: number, min: number | null, max: number | null) =>
  (min === null || value >= min) && (max === null || value <= max);

/**
 * How well an object fits a requirement, 0..1, or null when it does not fit. The type, city and
 * districts must match; each other criterion the buyer set counts 1 when the object meets it and
 * ½ when the object does not say (an unknown floor is not a reason to hide an object); an object
 * that breaks a criterion does not match.
 */
export function matchScore(criteria: MatchCriteria, facts: MatchFacts): number | null {
  if (criteria.PropertyType !== facts.PropertyType) return null;
  if (criteria.City && criteria.City.toLowerCase() !== facts.City.toLowerCase()) return null;
  if (
    criteria.districtIds.length > 0 &&
    (!facts.districtId || !criteria.districtIds.includes(facts.districtId))
  ) {
    return null;
  }
  const checks: (boolean | null)[] = [];
  const range = (value: number | null, min: number | null, max: number | null) => {
    if (min === null && max === null) return;
    checks.push(value === null ? null : inRange(value, min, max));
  };
  range(facts.ListPrice, criteria.minPrice, criteria.maxPrice);
  range(facts.LivingArea, criteria.minArea, criteria.maxArea);
  range(facts.BedroomsTotal, criteria.minBedrooms, criteria.maxBedrooms);
  range(facts.EntryLevel, criteria.minFloor, criteria.maxFloor);
  if (criteria.notFirstFloor) checks.push(facts.EntryLevel === null ? null : facts.EntryLevel > 1);
  if (criteria.notLastFloor) {
    checks.push(
      facts.EntryLevel === null || facts.StoriesTotal === null ? null : facts.EntryLevel < facts.StoriesTotal,
    );
  }
  if (checks.includes(false)) return null;
  if (checks.length === 0) return 1;
  const points = checks.reduce<number>((sum, check) => sum + (check === null ? 0.5 : 1), 0);
  return Math.round((points / checks.length) * 1000) / 1000;
}
