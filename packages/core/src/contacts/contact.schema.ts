import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';

const phone = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[+\d][\d\s()\-.]*$/, 'must be a phone number');
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const name = z.string().trim().min(1).max(200);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const accountLinkInput = z.strictObject({
  accountId: z.uuid(),
  role: optionalText(200),
  isPrimary: z.boolean().optional(),
});

export const createContactInput = z.strictObject({
  firstName: name,
  lastName: name.nullable().optional(),
  middleName: name.nullable().optional(),
  emails: z.array(email).max(20).default([]),
  phones: z.array(phone).max(20).default([]),
  position: optionalText(200),
  ownerId: z.uuid().nullable().optional(),
  customFields: z.record(z.string(), z.unknown()).default({}),
  accounts: z.array(accountLinkInput).max(50).optional(),
});
export type CreateContactInput = z.infer<typeof createContactInput>;

export const updateContactInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  firstName: name.optional(),
  lastName: name.nullable().optional(),
  middleName: name.nullable().optional(),
  emails: z.array(email).max(20).optional(),
  phones: z.array(phone).max(20).optional(),
  position: optionalText(200),
  ownerId: z.uuid().nullable().optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
  accounts: z.array(accountLinkInput).max(50).optional(),
});
export type UpdateContactInput = z.infer<typeof updateContactInput>;

const contactOutputShape = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  middleName: z.string().nullable(),
  fullName: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  position: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  customFields: z.record(z.string(), z.unknown()),
  accounts: z.array(z.object({ accountId: z.uuid(), role: z.string().nullable(), isPrimary: z.boolean() })),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
// Field-level rules may hide any of the record's own fields from a role, so they are optional here.
export const contactOutput = contactOutputShape.partial({
  firstName: true,
  lastName: true,
  middleName: true,
  emails: true,
  phones: true,
  position: true,
  ownerId: true,
});
export type ContactOutput = z.infer<typeof contactOutput>;

export const contactSelect = {
  id: true,
  tenantId: true,
  firstName: true,
  lastName: true,
  middleName: true,
  fullName: true,
  emails: true,
  phones: true,
  position: true,
  ownerId: true,
  customFields: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  accounts: { select: { accountId: true, role: true, isPrimary: true }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.ContactSelect;

export type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;

export const contactSortFields = ['updatedAt', 'createdAt', 'firstName'] as const;

/** Fields a role's field-level rules may hide (see `presentContact`). */
export const contactHideableFields = [
  'firstName',
  'lastName',
  'middleName',
  'emails',
  'phones',
  'position',
  'ownerId',
] as const;
