import { z } from 'zod';
import { listInputBase } from '../records/list-input.js';
import { ownedRecordTypes } from './owned-records.js';

export const reassignInput = z.strictObject({
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  /** Which kinds of records move; all four when omitted. */
  recordTypes: z
    .array(z.enum(ownedRecordTypes))
    .min(1)
    .max(ownedRecordTypes.length)
    .refine((types) => new Set(types).size === types.length, 'must not repeat a record type')
    .optional(),
  reason: z.string().trim().min(1).max(500).optional(),
});
export type ReassignInput = z.infer<typeof reassignInput>;

const counts = z.object({
  account: z.number().int(),
  contact: z.number().int(),
  deal: z.number().int(),
  activity: z.number().int(),
});
export type ReassignCounts = z.infer<typeof counts>;

export const reassignOutput = z.object({
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  counts,
  total: z.number().int(),
});
export type ReassignOutput = z.infer<typeof reassignOutput>;

export const ownershipHistoryInput = listInputBase
  .omit({ ownerId: true, deleted: true, search: true, sort: true })
  .extend({
    recordType: z.enum(ownedRecordTypes),
    recordId: z.uuid(),
  });
export type OwnershipHistoryInput = z.infer<typeof ownershipHistoryInput>;

export const ownershipChangeOutput = z.object({
  id: z.uuid(),
  recordType: z.enum(ownedRecordTypes),
  recordId: z.uuid(),
  fromUserId: z.uuid().nullable(),
  toUserId: z.uuid().nullable(),
  changedById: z.uuid().nullable(),
  reason: z.string().nullable(),
  changedAt: z.date(),
});
export type OwnershipChangeOutput = z.infer<typeof ownershipChangeOutput>;
