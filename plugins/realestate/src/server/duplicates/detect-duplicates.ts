import { newId } from '@crm/core';
import type { RealestateDb } from '../../db.js';
import type { RealestateConfig } from '../../config.js';
import { duplicateScore, type DuplicateFacts } from './duplicate-score.js';

interface CandidateRow {
  ListingKey: string;
  UnitNumber: string | null;
  EntryLevel: number | null;
  LivingArea: number | null;
  ListPrice: number | null;
  BedroomsTotal: number | null;
  createdAt: Date;
  similarity: number;
}

/**
 * Looks for objects that repeat this one (the same building by address key, or a near key with a
 * typo: the address similarity is the better of trigram similarity and 1 − edit distance / length;
 * then flat, floor, area, rooms and price compared by `duplicateScore`) and records each pair
 * scoring at least the tenant's threshold as an open suspicion. Pairs a person dismissed stay
 * dismissed; open pairs that no longer score are withdrawn. Returns the open pairs' candidates.
 */
export async function detectDuplicates(
  rdb: RealestateDb,
  tenantId: string,
  ListingKey: string,
  config: Pick<
    RealestateConfig,
    'duplicateAreaTolerancePct' | 'duplicatePriceTolerancePct' | 'duplicateThreshold'
  >,
): Promise<string[]> {
  const self = await rdb.realestateProperty.findFirst({
    where: { tenantId, ListingKey },
    select: {
      addressKey: true,
      City: true,
      UnitNumber: true,
      EntryLevel: true,
      LivingArea: true,
      ListPrice: true,
      BedroomsTotal: true,
      verificationStatus: true,
      createdAt: true,
    },
  });
  if (!self || self.verificationStatus === 'Duplicate') return [];
  const facts: DuplicateFacts = {
    UnitNumber: self.UnitNumber,
    EntryLevel: self.EntryLevel,
    LivingArea: self.LivingArea === null ? null : Number(self.LivingArea),
    ListPrice: self.ListPrice === null ? null : Number(self.ListPrice),
    BedroomsTotal: self.BedroomsTotal,
  };
  const rows = await rdb.$queryRaw<CandidateRow[]>`
    SELECT p."ListingKey", p."UnitNumber", p."EntryLevel", p."LivingArea"::float8 AS "LivingArea",
           p."ListPrice"::float8 AS "ListPrice", p."BedroomsTotal", p."createdAt",
           greatest(
             similarity(p."addressKey", ${self.addressKey}::text),
             1 - levenshtein(left(p."addressKey", 255), left(${self.addressKey}::text, 255))::float8
                 / greatest(length(p."addressKey"), length(${self.addressKey}::text), 1)
           )::float8 AS "similarity"
      FROM "RealestateProperty" p
     WHERE p."tenantId" = ${tenantId}::uuid
       AND p."ListingKey" <> ${ListingKey}::uuid
       AND lower(p."City") = lower(${self.City}::text)
       AND p."verificationStatus" NOT IN ('Duplicate', 'Rejected')
       AND p."StandardStatus" <> 'Delete'
       AND (similarity(p."addressKey", ${self.addressKey}::text) >= 0.4
            OR levenshtein_less_equal(left(p."addressKey", 255), left(${self.addressKey}::text, 255), 3) <= 3)
     ORDER BY "similarity" DESC, p."ListingKey"
     LIMIT 50`;
  const tolerances = {
    areaPct: config.duplicateAreaTolerancePct,
    pricePct: config.duplicatePriceTolerancePct,
  };
  const found = rows
    .map((row) => ({ row, ...duplicateScore(facts, row, row.similarity, tolerances) }))
    .filter((c) => c.score >= config.duplicateThreshold);
  const existing = await rdb.realestateDuplicate.findMany({
    where: { tenantId, OR: [{ ListingKey }, { candidateKey: ListingKey }] },
    select: { id: true, ListingKey: true, candidateKey: true, status: true },
  });
  const other = (pair: { ListingKey: string; candidateKey: string }) =>
    pair.ListingKey === ListingKey ? pair.candidateKey : pair.ListingKey;
  const byOther = new Map(existing.map((pair) => [other(pair), pair]));
  for (const candidate of found) {
    const pair = byOther.get(candidate.row.ListingKey);
    if (pair) {
      if (pair.status === 'open') {
        await rdb.realestateDuplicate.updateMany({
          where: { tenantId, id: pair.id, status: 'open' },
          data: { score: candidate.score, reasons: candidate.reasons },
        });
      }
      continue;
    }
    // The pair reads "the newer object repeats the older one".
    const selfIsNewer = self.createdAt >= candidate.row.createdAt;
    await rdb.realestateDuplicate.create({
      data: {
        tenantId,
        id: newId(),
        ListingKey: selfIsNewer ? ListingKey : candidate.row.ListingKey,
        candidateKey: selfIsNewer ? candidate.row.ListingKey : ListingKey,
        score: candidate.score,
        reasons: candidate.reasons,
      },
      select: { id: true },
    });
  }
  const stillFound = new Set(found.map((c) => c.row.ListingKey));
  const withdrawn = existing.filter((pair) => pair.status === 'open' && !stillFound.has(other(pair)));
  if (withdrawn.length > 0) {
    await rdb.realestateDuplicate.deleteMany({
      where: { tenantId, id: { in: withdrawn.map((p) => p.id) }, status: 'open' },
    });
  }
  return [...stillFound];
}
