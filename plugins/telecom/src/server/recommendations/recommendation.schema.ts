import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const recommendationStatuses = ['issued', 'accepted', 'declined', 'expired'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const listRecommendationsInput = z.object({
  accountId: z.uuid().optional(),
  status: z.enum(recommendationStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListRecommendationsInput = z.infer<typeof listRecommendationsInput>;

export const decideRecommendationInput = z.strictObject({
  id: z.uuid(),
  /** Why the client declined (kept on the task). */
  reason: z.string().trim().max(500).optional(),
});
export type DecideRecommendationInput = z.infer<typeof decideRecommendationInput>;

export const recommendationSelect = {
  id: true,
  accountId: true,
  productId: true,
  currency: true,
  currentMonthlyAvg: true,
  recommendedMonthlyAvg: true,
  monthlySaving: true,
  churnScore: true,
  trigger: true,
  months: true,
  status: true,
  validUntil: true,
  remindAt: true,
  remindedAt: true,
  decidedAt: true,
  taskActivityId: true,
  orderId: true,
  ownerId: true,
  createdAt: true,
  product: { select: { productSerialNumber: true } },
  currentOffering: { select: { id: true, name: true } },
  recommendedOffering: { select: { id: true, name: true } },
} satisfies Prisma.TelecomRecommendationSelect;
export type RecommendationRow = Prisma.TelecomRecommendationGetPayload<{
  select: typeof recommendationSelect;
}>;

const usage = z.object({ data: z.number(), voice: z.number(), sms: z.number() });
export const savingsMonthOutput = z.object({
  month: z.string(),
  usage,
  currentCost: z.number(),
  recommendedCost: z.number(),
  saving: z.number(),
});

const offeringRef = z.object({ id: z.string(), href: z.string(), name: z.string() });

/** A tariff-savings recommendation with its month-by-month explanation. */
export const recommendationOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('Recommendation'),
  accountId: z.string(),
  product: z.object({ id: z.string(), href: z.string(), productSerialNumber: z.string() }),
  currentOffering: offeringRef,
  recommendedOffering: offeringRef,
  currency: z.string(),
  currentMonthlyAvg: z.number(),
  recommendedMonthlyAvg: z.number(),
  monthlySaving: z.number(),
  churnScore: z.number().int(),
  trigger: z.enum(['saving', 'churnRisk']),
  months: z.array(savingsMonthOutput),
  status: z.enum(recommendationStatuses),
  validUntil: z.string(),
  remindAt: z.string(),
  remindedAt: z.string().optional(),
  decidedAt: z.string().optional(),
  taskActivityId: z.string().optional(),
  orderId: z.string().optional(),
  ownerId: z.string().optional(),
  createdAt: z.string(),
});
export type RecommendationOutput = z.infer<typeof recommendationOutput>;

/** The savings preview of a subscription (no write). */
export const savingsPreviewOutput = z.object({
  productId: z.string(),
  accountId: z.string(),
  currentOffering: z.object({ id: z.string(), name: z.string() }),
  currency: z.string(),
  currentMonthlyAvg: z.number(),
  skipped: z.enum(['insufficientHistory']).nullable(),
  best: z
    .object({
      offeringId: z.string(),
      offeringName: z.string(),
      recommendedMonthlyAvg: z.number(),
      monthlySaving: z.number(),
      months: z.array(savingsMonthOutput),
    })
    .nullable(),
  candidates: z.array(
    z.object({
      offeringId: z.string(),
      offeringName: z.string(),
      monthlyAvg: z.number(),
      monthlySaving: z.number(),
    }),
  ),
});
export type SavingsPreviewOutput = z.infer<typeof savingsPreviewOutput>;
