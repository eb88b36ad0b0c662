import { z } from 'zod';

export const duplicateStatuses = ['open', 'merged', 'dismissed'] as const;
export const duplicateReasons = ['address', 'unit', 'floor', 'area', 'price', 'rooms'] as const;

/** The other object of a suspected pair, as a reviewer compares it. */
export const duplicateSideOutput = z.object({
  ListingKey: z.uuid(),
  ListingId: z.string(),
  UnparsedAddress: z.string(),
  UnitNumber: z.string().nullable(),
  EntryLevel: z.number().int().nullable(),
  LivingArea: z.number().nullable(),
  ListPrice: z.number().nullable(),
  BedroomsTotal: z.number().int().nullable(),
  verificationStatus: z.string(),
  ListAgentKey: z.uuid().nullable(),
  createdById: z.uuid().nullable(),
});

export const duplicateOutput = z.object({
  id: z.uuid(),
  /** The object suspected to repeat an existing one, and that existing object. */
  ListingKey: z.uuid(),
  candidateKey: z.uuid(),
  score: z.number(),
  reasons: z.array(z.enum(duplicateReasons)),
  status: z.enum(duplicateStatuses),
  decidedById: z.uuid().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  property: duplicateSideOutput,
  candidate: duplicateSideOutput,
});
export type DuplicateOutput = z.infer<typeof duplicateOutput>;

export const listDuplicatesInput = z.object({
  status: z.enum(duplicateStatuses).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const mergePropertyInput = z.strictObject({
  /** The duplicate: it becomes Duplicate and points to the original. */
  ListingKey: z.uuid(),
  /** The original it is merged into: keeps its data, gains what the duplicate knew and it lacked. */
  intoKey: z.uuid(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type MergePropertyInput = z.infer<typeof mergePropertyInput>;

export const dismissDuplicateInput = z.strictObject({ id: z.uuid() });
