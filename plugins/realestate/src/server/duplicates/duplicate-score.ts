/** What duplicate detection compares of two objects. */
export interface DuplicateFacts {
  UnitNumber: string | null;
  EntryLevel: number | null;
  LivingArea: number | null;
  ListPrice: number | null;
  BedroomsTotal: number | null;
}

export interface DuplicateTolerances {
  areaPct: number;
  pricePct: number;
}

export type DuplicateReason = 'address' | 'unit' | 'floor' | 'area' | 'price' | 'rooms';

export interface DuplicateScore {
  /** 0..1; 0 when something proves the objects differ (another flat, floor, size or room count). */
  score: number;
  reasons: DuplicateReason[];
}

const within = (a: number, b: number, pct: number) =>
  Math.abs(a - b) <= (Math.max(Math.abs(a), Math.abs(b)) * pct) / 100;

const normalUnit = (unit: string) => unit.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * How much two objects look like the same one (VERTICALS.md 4(b): same normalised address and
 * flat/floor, area within a few percent, rooms; a similar price). `addressSimilarity` is the
 * trigram similarity of their building keys (1 for the same key). A known difference in flat
 * number, floor, room count or area beyond the tolerance rules a duplicate out; unknown values
 * neither add nor rule out. Weights: address 0.4, area 0.2, flat 0.15, floor 0.15, price 0.1.
 */
export function duplicateScore(
  a: DuplicateFacts,
  b: DuplicateFacts,
  addressSimilarity: number,
  tolerances: DuplicateTolerances,
): DuplicateScore {
  const none: DuplicateScore = { score: 0, reasons: [] };
  if (addressSimilarity < 0.6) return none;
  const reasons: DuplicateReason[] = ['address'];
  // Same key: full weight; a near key (a typo in the street) counts in proportion.
  let score = addressSimilarity >= 0.9 ? 0.4 : (0.4 * (addressSimilarity - 0.6)) / 0.3;
  if (a.UnitNumber && b.UnitNumber) {
    if (normalUnit(a.UnitNumber) !== normalUnit(b.UnitNumber)) return none;
    score += 0.15;
    reasons.push('unit');
  }
  if (a.EntryLevel !== null && b.EntryLevel !== null) {
    if (a.EntryLevel !== b.EntryLevel) return none;
    score += 0.15;
    reasons.push('floor');
  }
  if (a.BedroomsTotal !== null && b.BedroomsTotal !== null) {
    if (a.BedroomsTotal !== b.BedroomsTotal) return none;
    reasons.push('rooms');
  }
  if (a.LivingArea !== null && b.LivingArea !== null) {
    if (!within(a.LivingArea, b.LivingArea, tolerances.areaPct)) return none;
    score += 0.2;
    reasons.push('area');
  }
  if (a.ListPrice !== null && b.ListPrice !== null && within(a.ListPrice, b.ListPrice, tolerances.pricePct)) {
    score += 0.1;
    reasons.push('price');
  }
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
}
