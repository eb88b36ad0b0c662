import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { productTypes } from '../shared/product-types.js';
import { referralStatuses } from './referral-state-machine.js';

export const createReferralInput = z.strictObject({
  planId: z.uuid(),
  /** What the client is referred for. */
  productType: z.enum(productTypes),
  /** The specialist (or branch colleague) the client is referred to. */
  referredToUserId: z.uuid().nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type CreateReferralInput = z.infer<typeof createReferralInput>;

export const transitionReferralInput = z.strictObject({
  id: z.uuid(),
  to: z.enum(referralStatuses),
  /** Required to reject; kept with the change in the log. */
  reason: z.string().trim().min(1).max(1000).nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type TransitionReferralInput = z.infer<typeof transitionReferralInput>;

export const listReferralsInput = z.object({
  status: z.enum(referralStatuses).optional(),
  planId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListReferralsInput = z.infer<typeof listReferralsInput>;

export const referralSelect = {
  id: true,
  planId: true,
  productType: true,
  referrerUserId: true,
  referredToUserId: true,
  status: true,
  notes: true,
  decisionReason: true,
  submittedAt: true,
  reviewStartedAt: true,
  decidedAt: true,
  escalatedAt: true,
  version: true,
} satisfies Prisma.BankReferralSelect;
export type ReferralRow = Prisma.BankReferralGetPayload<{ select: typeof referralSelect }>;

export const referralOutput = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  productType: z.enum(productTypes),
  referrerUserId: z.uuid().nullable(),
  referredToUserId: z.uuid().nullable(),
  status: z.enum(referralStatuses),
  /** The statuses it may move to now. */
  allowedTransitions: z.array(z.enum(referralStatuses)),
  notes: z.string().nullable(),
  decisionReason: z.string().nullable(),
  submittedAt: z.date(),
  reviewStartedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  escalatedAt: z.date().nullable(),
  version: z.number().int(),
});
export type ReferralOutput = z.infer<typeof referralOutput>;
