import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

const money = z.number().min(0).max(1e12);

/** The real-estate terms of a core deal: the object, the buyer's requirement and both prices. */
export const upsertDealInput = z.strictObject({
  dealId: z.uuid(),
  ListingKey: z.uuid(),
  requirementId: z.uuid().nullable().optional(),
  /** The price written in the signed contract. */
  contractPrice: money,
  /** The price actually paid (restricted: only roles that see sensitive data read or write it). */
  realPrice: money.nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type UpsertDealInput = z.infer<typeof upsertDealInput>;

export const dealIdInput = z.strictObject({ dealId: z.uuid() });

export const listDealsInput = z.object({
  ListingKey: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListDealsInput = z.infer<typeof listDealsInput>;

export const dealTermsSelect = {
  tenantId: true,
  dealId: true,
  ListingKey: true,
  requirementId: true,
  contractPrice: true,
  realPrice: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  property: { select: { ListingId: true, UnparsedAddress: true } },
} satisfies Prisma.RealestateDealSelect;

export const dealTermsOutput = z.object({
  tenantId: z.uuid(),
  dealId: z.uuid(),
  title: z.string(),
  /** The core deal's stage kind: open, won or lost. */
  status: z.string(),
  ownerId: z.uuid().nullable(),
  ListingKey: z.uuid(),
  ListingId: z.string(),
  UnparsedAddress: z.string(),
  requirementId: z.uuid().nullable(),
  contractPrice: z.number(),
  /** Absent for roles that may not see it. */
  realPrice: z.number().nullable().optional(),
  /** realPrice − contractPrice; absent with realPrice. */
  priceGap: z.number().nullable().optional(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DealTermsOutput = z.infer<typeof dealTermsOutput>;
