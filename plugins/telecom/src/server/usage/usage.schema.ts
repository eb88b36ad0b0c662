import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { usageTypes } from '../offerings/offering.schema.js';

export const usageStatuses = [
  'received',
  'rejected',
  'recycled',
  'guided',
  'rated',
  'rerated',
  'billed',
] as const;
/** Usage that counts for re-pricing: rated or billed (VERTICALS.md, telecom workflow 1). */
export const ratedUsageStatuses: readonly (typeof usageStatuses)[number][] = ['rated', 'rerated', 'billed'];

export const usageRecordInput = z.strictObject({
  accountId: z.uuid(),
  productId: z.uuid().optional(),
  usageDate: z.iso.datetime({ offset: true }),
  usageType: z.enum(usageTypes),
  /** In the usage type's unit: GB of data, minutes of voice, SMS messages. */
  amount: z.number().min(0).max(1_000_000),
  status: z.enum(usageStatuses).optional(),
  description: z.string().trim().max(500).optional(),
});
export type UsageRecordInput = z.infer<typeof usageRecordInput>;

export const createUsageBatchInput = z.strictObject({ items: z.array(usageRecordInput).min(1).max(1000) });
export type CreateUsageBatchInput = z.infer<typeof createUsageBatchInput>;

export const listUsageInput = z.object({
  accountId: z.uuid().optional(),
  productId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ListUsageInput = z.infer<typeof listUsageInput>;

export const usageSelect = {
  id: true,
  accountId: true,
  productId: true,
  usageDate: true,
  usageType: true,
  amount: true,
  units: true,
  status: true,
  description: true,
  product: { select: { id: true, name: true } },
} satisfies Prisma.TelecomUsageSelect;
export type UsageRow = Prisma.TelecomUsageGetPayload<{ select: typeof usageSelect }>;

/** TMF635 Usage. */
export const usageOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('Usage'),
  usageDate: z.string(),
  usageType: z.enum(usageTypes),
  description: z.string().optional(),
  status: z.enum(usageStatuses),
  usageCharacteristic: z.array(
    z.object({ name: z.string(), value: z.union([z.number(), z.string()]), valueType: z.string() }),
  ),
  relatedParty: z.array(
    z.object({
      id: z.string(),
      href: z.string(),
      name: z.string(),
      role: z.string(),
      '@referredType': z.string(),
    }),
  ),
  ratedProductUsage: z.array(
    z.object({
      '@type': z.literal('RatedProductUsage'),
      productRef: z.object({ id: z.string(), href: z.string(), name: z.string() }),
    }),
  ),
});
export type UsageOutput = z.infer<typeof usageOutput>;
