import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const customerCategories = [
  'private_banking',
  'affluent',
  'mass_affluent',
  'mass',
  'sme',
  'corporate',
] as const;
export const serviceLevels = ['dedicated', 'priority', 'standard', 'remote'] as const;

export const saveTierInput = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,31}$/, 'must be 2–32 lower-case letters, digits or _, starting with a letter'),
  name: z.string().trim().min(1).max(100),
  customerCategory: z.enum(customerCategories),
  serviceLevel: z.enum(serviceLevels),
  /** The client must be contacted at least this often (days): it drives the next contact due. */
  contactIntervalDays: z.number().int().min(1).max(730),
  meetingIntervalDays: z.number().int().min(1).max(730).nullable().optional(),
  /** 1 is the most important tier. */
  rank: z.number().int().min(1).max(100),
});
export type SaveTierInput = z.infer<typeof saveTierInput>;

export const tierSelect = {
  id: true,
  key: true,
  name: true,
  customerCategory: true,
  serviceLevel: true,
  contactIntervalDays: true,
  meetingIntervalDays: true,
  rank: true,
  version: true,
} satisfies Prisma.BankTierSelect;

export const tierOutput = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  customerCategory: z.string(),
  serviceLevel: z.string(),
  contactIntervalDays: z.number().int(),
  meetingIntervalDays: z.number().int().nullable(),
  rank: z.number().int(),
  version: z.number().int(),
});
export type TierOutput = z.infer<typeof tierOutput>;
