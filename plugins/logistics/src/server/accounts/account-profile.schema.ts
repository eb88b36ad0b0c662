import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

/** Services a freight client uses or a partner offers (VERTICALS.md, logistics). */
export const logisticsServices = [
  'ftl',
  'ltl',
  'refrigerated',
  'international',
  'warehousing',
  'container',
  'last_mile',
  'customs',
] as const;
export const growthPotentials = ['low', 'medium', 'high'] as const;
export const accountRoles = ['client', 'supplier', 'partner'] as const;

export const upsertAccountProfileInput = z.strictObject({
  accountId: z.uuid(),
  isClient: z.boolean().optional(),
  isSupplier: z.boolean().optional(),
  isPartner: z.boolean().optional(),
  services: z.array(z.enum(logisticsServices)).max(logisticsServices.length).optional(),
  monthlyLoads: z.number().int().min(0).max(1_000_000).nullable().optional(),
  monthlyTonnes: z.number().min(0).max(10_000_000).nullable().optional(),
  potentialLoads: z.number().int().min(0).max(1_000_000).nullable().optional(),
  growthPotential: z.enum(growthPotentials).nullable().optional(),
  otherCarriers: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type UpsertAccountProfileInput = z.infer<typeof upsertAccountProfileInput>;

export const accountIdInput = z.strictObject({ accountId: z.uuid() });

export const listAccountProfilesInput = z.object({
  role: z.enum(accountRoles).optional(),
  service: z.enum(logisticsServices).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAccountProfilesInput = z.infer<typeof listAccountProfilesInput>;

export const accountProfileSelect = {
  tenantId: true,
  accountId: true,
  isClient: true,
  isSupplier: true,
  isPartner: true,
  services: true,
  monthlyLoads: true,
  monthlyTonnes: true,
  potentialLoads: true,
  growthPotential: true,
  otherCarriers: true,
  notes: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.LogisticsAccountProfileSelect;

export const accountProfileOutput = z.object({
  tenantId: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  isClient: z.boolean(),
  isSupplier: z.boolean(),
  isPartner: z.boolean(),
  services: z.array(z.string()),
  monthlyLoads: z.number().int().nullable(),
  monthlyTonnes: z.number().nullable(),
  potentialLoads: z.number().int().nullable(),
  /** potentialLoads − monthlyLoads, when both are known: the volume still to win. */
  growthGapLoads: z.number().int().nullable(),
  growthPotential: z.enum(growthPotentials).nullable(),
  otherCarriers: z.array(z.string()),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type AccountProfileOutput = z.infer<typeof accountProfileOutput>;
