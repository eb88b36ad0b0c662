import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { taxIdInput } from './tax-id.js';

const phone = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[+\d][\d\s()\-.]*$/, 'must be a phone number');
const name = z.string().trim().min(1).max(300);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A web address with or without its scheme (`example.ru`, `https://example.ru/about`); http(s) only. */
function isWebsite(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
const website = z.string().trim().min(1).max(500).refine(isWebsite, 'must be a web address');

export const contactLinkInput = z.strictObject({
  contactId: z.uuid(),
  role: optionalText(200),
  isPrimary: z.boolean().optional(),
});

const accountFields = {
  taxId: taxIdInput.nullable().optional(),
  industry: optionalText(200),
  region: optionalText(200),
  address: optionalText(1000),
  website: website.nullable().optional(),
  phone: phone.nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  /** Replaces the account's links to the contacts the actor can read (others are kept). */
  contacts: z.array(contactLinkInput).max(200).optional(),
};

export const createAccountInput = z.strictObject({
  name,
  ...accountFields,
  customFields: z.record(z.string(), z.unknown()).default({}),
});
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const updateAccountInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  name: name.optional(),
  ...accountFields,
  customFields: z.record(z.string(), z.unknown()).optional(),
});
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;
export type ContactLinks = NonNullable<CreateAccountInput['contacts']>;

const accountOutputShape = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  taxId: z.string().nullable(),
  industry: z.string().nullable(),
  region: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  customFields: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});

/** Fields a role's field-level rules may hide (see `presentAccount`). */
export const accountHideableFields = [
  'name',
  'taxId',
  'industry',
  'region',
  'address',
  'website',
  'phone',
  'ownerId',
] as const;

// Field-level rules may hide any of the record's own fields from a role, so they are optional here.
export const accountOutput = accountOutputShape.partial({
  name: true,
  taxId: true,
  industry: true,
  region: true,
  address: true,
  website: true,
  phone: true,
  ownerId: true,
});
export type AccountOutput = z.infer<typeof accountOutput>;

export const accountSelect = {
  id: true,
  tenantId: true,
  name: true,
  taxId: true,
  industry: true,
  region: true,
  address: true,
  website: true,
  phone: true,
  ownerId: true,
  customFields: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Prisma.AccountSelect;

export type AccountRow = Prisma.AccountGetPayload<{ select: typeof accountSelect }>;

export const accountSortFields = ['updatedAt', 'createdAt', 'name'] as const;
