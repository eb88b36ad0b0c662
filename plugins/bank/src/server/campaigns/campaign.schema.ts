import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { valueTiers } from '../plans/plan.schema.js';
import { productTypes } from '../shared/product-types.js';
import { campaignStatuses } from './campaign-state-machine.js';

export const createCampaignInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The product the campaign offers. */
  productType: z.enum(productTypes),
  /** Share of members held out as the control group (no offer), 0–50 %. */
  holdoutPercent: z.number().int().min(0).max(50).default(10),
  responseWindowDays: z.number().int().min(1).max(365).default(30),
});
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

export const addCampaignMembersInput = z
  .strictObject({
    id: z.uuid(),
    /** Explicit clients, or a segment by tier and value tier (the actor's clients only). */
    planIds: z.array(z.uuid()).min(1).max(5000).optional(),
    tierKey: z.string().trim().min(1).max(32).optional(),
    valueTier: z.enum(valueTiers).optional(),
  })
  .refine((i) => i.planIds !== undefined || i.tierKey !== undefined || i.valueTier !== undefined, {
    path: ['planIds'],
    message: 'give planIds, or a segment with tierKey and/or valueTier',
  });
export type AddCampaignMembersInput = z.infer<typeof addCampaignMembersInput>;

export const campaignTransitionInput = z.strictObject({
  id: z.uuid(),
  to: z.enum(campaignStatuses),
  expectedVersion: z.number().int().optional(),
});
export type CampaignTransitionInput = z.infer<typeof campaignTransitionInput>;

export const campaignSelect = {
  id: true,
  name: true,
  productType: true,
  status: true,
  holdoutPercent: true,
  responseWindowDays: true,
  startedAt: true,
  evaluatedAt: true,
  version: true,
  createdAt: true,
} satisfies Prisma.BankCampaignSelect;
export type CampaignRow = Prisma.BankCampaignGetPayload<{ select: typeof campaignSelect }>;

export const campaignResultsOutput = z.object({
  targeted: z.number().int(),
  targetedResponded: z.number().int(),
  targetedRate: z.number(),
  holdout: z.number().int(),
  holdoutResponded: z.number().int(),
  holdoutRate: z.number(),
  uplift: z.number(),
});

export const campaignOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  productType: z.enum(productTypes),
  status: z.enum(campaignStatuses),
  allowedTransitions: z.array(z.enum(campaignStatuses)),
  holdoutPercent: z.number().int(),
  responseWindowDays: z.number().int(),
  startedAt: z.date().nullable(),
  /** When the response window closes (null before the start). */
  windowEndsAt: z.date().nullable(),
  evaluatedAt: z.date().nullable(),
  /** Response of the targeted group against the holdout, as measured now (final once evaluated). */
  results: campaignResultsOutput,
  version: z.number().int(),
  createdAt: z.date(),
});
export type CampaignOutput = z.infer<typeof campaignOutput>;
