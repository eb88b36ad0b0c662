import type { Prisma } from '../../generated/prisma/client.js';
import { numberOrNull, oneOf } from '../values.js';
import { duplicateReasons, duplicateStatuses, type DuplicateOutput } from './duplicate.schema.js';

const sideSelect = {
  ListingKey: true,
  ListingId: true,
  UnparsedAddress: true,
  UnitNumber: true,
  EntryLevel: true,
  LivingArea: true,
  ListPrice: true,
  BedroomsTotal: true,
  verificationStatus: true,
  ListAgentKey: true,
  createdById: true,
} satisfies Prisma.RealestatePropertySelect;

export const duplicateSelect = {
  id: true,
  ListingKey: true,
  candidateKey: true,
  score: true,
  reasons: true,
  status: true,
  decidedById: true,
  decidedAt: true,
  createdAt: true,
  property: { select: sideSelect },
  candidate: { select: sideSelect },
} satisfies Prisma.RealestateDuplicateSelect;

type Side = Prisma.RealestatePropertyGetPayload<{ select: typeof sideSelect }>;
type DuplicateRow = Prisma.RealestateDuplicateGetPayload<{ select: typeof duplicateSelect }>;

const side = (row: Side) => ({
  ...row,
  LivingArea: numberOrNull(row.LivingArea),
  ListPrice: numberOrNull(row.ListPrice),
});

export function presentDuplicate(row: DuplicateRow): DuplicateOutput {
  return {
    ...row,
    score: Number(row.score),
    reasons: row.reasons.map((r) => oneOf(duplicateReasons, r)),
    status: oneOf(duplicateStatuses, row.status),
    property: side(row.property),
    candidate: side(row.candidate),
  };
}
