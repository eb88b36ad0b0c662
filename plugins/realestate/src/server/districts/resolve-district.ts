import type { RealestateDb } from '../../db.js';
import type { DistrictResolution } from './district.schema.js';
import { editBudget, normalizeDistrictName } from './normalize-name.js';

interface Candidate {
  districtId: string;
  name: string;
  alias: string;
  source: string;
  distance: number;
  similarity: number;
}

/**
 * Maps a district name as typed to the tenant's dictionary: an exact hit on a name or alias (after
 * normalisation: case, ё, punctuation, words like "район"), else the closest alias by edit distance
 * (fuzzystrmatch `levenshtein`) within a budget that grows with the name's length, ties broken by
 * trigram similarity (pg_trgm). Names from another city are not considered when the city is known,
 * nor districts taken out of use.
 */
export async function resolveDistrict(
  rdb: RealestateDb,
  tenantId: string,
  input: string,
  City?: string | null,
): Promise<DistrictResolution> {
  const normalized = normalizeDistrictName(input);
  const none: DistrictResolution = {
    input,
    normalized,
    match: 'none',
    districtId: null,
    name: null,
    matchedAlias: null,
    distance: null,
  };
  if (!normalized) return none;
  const city = City?.trim() ? City.trim().toLowerCase() : null;
  const candidates = await rdb.$queryRaw<Candidate[]>`
    SELECT d."id" AS "districtId", d."name", a."alias", a."source",
           levenshtein(left(a."normalized", 255), left(${normalized}::text, 255)) AS "distance",
           similarity(a."normalized", ${normalized}::text)::float8 AS "similarity"
      FROM "RealestateDistrictAlias" a
      JOIN "RealestateDistrict" d ON d."tenantId" = a."tenantId" AND d."id" = a."districtId"
     WHERE a."tenantId" = ${tenantId}::uuid
       AND d."active"
       AND (${city}::text IS NULL OR lower(d."City") = ${city}::text)
     ORDER BY "distance", "similarity" DESC, d."name"
     LIMIT 3`;
  const best = candidates[0];
  if (!best) return none;
  if (best.distance === 0) {
    return {
      ...none,
      match: best.source === 'name' ? 'exact' : 'alias',
      districtId: best.districtId,
      name: best.name,
      matchedAlias: best.alias,
      distance: 0,
    };
  }
  // Two districts equally close: no guess, a person decides (and the answer becomes an alias).
  const second = candidates[1];
  const ambiguous =
    second !== undefined && second.distance === best.distance && second.districtId !== best.districtId;
  if (best.distance > editBudget(normalized) || ambiguous) return none;
  return {
    ...none,
    match: 'fuzzy',
    districtId: best.districtId,
    name: best.name,
    matchedAlias: best.alias,
    distance: best.distance,
  };
}
