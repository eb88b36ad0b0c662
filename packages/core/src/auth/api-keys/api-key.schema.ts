import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { listInputBase } from '../../records/list-input.js';

export const createApiKeyInput = z.strictObject({ name: z.string().trim().min(1).max(100) });
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

export const listApiKeysInput = z.strictObject({
  limit: listInputBase.shape.limit,
  cursor: listInputBase.shape.cursor,
  /** Only this user's keys (a tenant admin sees everyone's; others only ever see their own). */
  userId: z.uuid().optional(),
});
export type ListApiKeysInput = z.infer<typeof listApiKeysInput>;

export const apiKeyOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters of the token, to recognise a key; the rest is never stored. */
  prefix: z.string(),
  userId: z.uuid(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiKeyOutput = z.infer<typeof apiKeyOutput>;

/** The answer to creating a key: the only time the token is shown. */
export const createdApiKeyOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  token: z.string(),
  createdAt: z.date(),
});
export type CreatedApiKeyOutput = z.infer<typeof createdApiKeyOutput>;

export const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  userId: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiKeySelect;

/** `crm_key_` and 8 random characters (48 bits): enough to tell keys apart, useless to an attacker. */
export const API_KEY_PREFIX_LENGTH = 16;
