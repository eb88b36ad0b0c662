import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { amountInput, currencyInput, rateInput } from '../shared/money.js';
import { productTypes } from '../shared/product-types.js';
import { offerStatuses } from './offer-state-machine.js';

export const offerSources = ['second_product', 'campaign', 'manual'] as const;

export const createOfferInput = z.strictObject({
  planId: z.uuid(),
  productType: z.enum(productTypes),
  amount: amountInput.nullable().optional(),
  currency: currencyInput.optional(),
  rate: rateInput.nullable().optional(),
  /** Default: today + the tenant's offer validity. */
  validUntil: z.coerce.date().optional(),
});
export type CreateOfferInput = z.infer<typeof createOfferInput>;

export const transitionOfferInput = z.strictObject({
  id: z.uuid(),
  to: z.enum(offerStatuses),
  /** Required to decline or withdraw (the win/loss reason). */
  reason: z.string().trim().min(1).max(1000).nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type TransitionOfferInput = z.infer<typeof transitionOfferInput>;

export const listOffersInput = z.object({
  status: z.enum(offerStatuses).optional(),
  planId: z.uuid().optional(),
  source: z.enum(offerSources).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListOffersInput = z.infer<typeof listOffersInput>;

export const offerSelect = {
  id: true,
  planId: true,
  productType: true,
  source: true,
  campaignId: true,
  status: true,
  amount: true,
  currency: true,
  rate: true,
  validUntil: true,
  taskActivityId: true,
  remindedAt: true,
  escalatedAt: true,
  decidedAt: true,
  reason: true,
  version: true,
  createdAt: true,
} satisfies Prisma.BankOfferSelect;
export type OfferRow = Prisma.BankOfferGetPayload<{ select: typeof offerSelect }>;

export const offerOutput = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  productType: z.enum(productTypes),
  source: z.enum(offerSources),
  campaignId: z.uuid().nullable(),
  status: z.enum(offerStatuses),
  allowedTransitions: z.array(z.enum(offerStatuses)),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  rate: z.number().nullable(),
  validUntil: z.date(),
  /** The manager's task that goes with the offer. */
  taskActivityId: z.uuid().nullable(),
  remindedAt: z.date().nullable(),
  escalatedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  reason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
});
export type OfferOutput = z.infer<typeof offerOutput>;
