import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { stageKinds } from '../pipelines/pipeline.schema.js';

const amountPattern = /^\d{1,16}(\.\d{1,2})?$/;
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

/** A money amount as a decimal string ("150000.00") or a JSON number; stored exactly as numeric(18, 2). */
export const amountInput = z
  .union([z.string().trim(), z.number()])
  .transform((value) => (typeof value === 'number' ? String(value) : value))
  .pipe(
    z.string().regex(amountPattern, 'must be a non-negative amount with at most 16 digits and 2 decimals'),
  );

/** An ISO 4217 currency code (case-insensitive on input). */
export const currencyInput = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencyCodes.has(code), 'must be an ISO 4217 currency code');

export const dealContactInput = z.strictObject({
  contactId: z.uuid(),
  role: z.string().trim().max(200).nullable().optional(),
});

const title = z.string().trim().min(1).max(300);
const lostReason = z.string().trim().min(1).max(1000).nullable().optional();

export const createDealInput = z.strictObject({
  title,
  amount: amountInput.nullable().optional(),
  currency: currencyInput.optional(),
  pipelineId: z.uuid().optional(),
  stageId: z.uuid().optional(),
  expectedCloseDate: z.iso.date().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  accountId: z.uuid().nullable().optional(),
  lostReason,
  customFields: z.record(z.string(), z.unknown()).default({}),
  contacts: z.array(dealContactInput).max(50).optional(),
});
export type CreateDealInput = z.infer<typeof createDealInput>;

export const updateDealInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  title: title.optional(),
  amount: amountInput.nullable().optional(),
  currency: currencyInput.optional(),
  pipelineId: z.uuid().optional(),
  stageId: z.uuid().optional(),
  expectedCloseDate: z.iso.date().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  accountId: z.uuid().nullable().optional(),
  lostReason,
  customFields: z.record(z.string(), z.unknown()).optional(),
  contacts: z.array(dealContactInput).max(50).optional(),
});
export type UpdateDealInput = z.infer<typeof updateDealInput>;

const dealOutputShape = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  title: z.string(),
  amount: z.string().nullable(),
  currency: z.string(),
  pipelineId: z.uuid(),
  stageId: z.uuid(),
  status: z.enum(stageKinds),
  expectedCloseDate: z.iso.date().nullable(),
  ownerId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  lostReason: z.string().nullable(),
  closedAt: z.date().nullable(),
  stageChangedAt: z.date(),
  customFields: z.record(z.string(), z.unknown()),
  contacts: z.array(z.object({ contactId: z.uuid(), role: z.string().nullable() })),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
// Field-level rules may hide any of the deal's own fields from a role (e.g. the amount from support).
export const dealOutput = dealOutputShape.partial({
  title: true,
  amount: true,
  currency: true,
  expectedCloseDate: true,
  ownerId: true,
  accountId: true,
  lostReason: true,
});
export type DealOutput = z.infer<typeof dealOutput>;

export const dealSelect = {
  id: true,
  tenantId: true,
  title: true,
  amount: true,
  currency: true,
  pipelineId: true,
  stageId: true,
  expectedCloseDate: true,
  ownerId: true,
  accountId: true,
  lostReason: true,
  closedAt: true,
  stageChangedAt: true,
  customFields: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  stage: { select: { kind: true } },
  contacts: { select: { contactId: true, role: true }, orderBy: { contactId: 'asc' } },
} satisfies Prisma.DealSelect;

export type DealRow = Prisma.DealGetPayload<{ select: typeof dealSelect }>;

export const dealSortFields = ['updatedAt', 'createdAt', 'title', 'stageChangedAt'] as const;

/** A date-only value (YYYY-MM-DD) as stored in a `date` column, and back. */
export function toDateOnly(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}
export function fromDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Validated custom field values as the JSON column takes them. */
export function customFieldsJson(values: Record<string, unknown>): Prisma.InputJsonObject {
  return values as Prisma.InputJsonObject;
}

/** Fields a role's field-level rules may hide (see `presentDeal`). */
export const dealHideableFields = [
  'title',
  'amount',
  'currency',
  'expectedCloseDate',
  'ownerId',
  'accountId',
  'lostReason',
] as const;
