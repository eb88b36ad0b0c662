import { recordAudit } from '../../audit/record-audit.js';
import { AppError } from '../../errors/index.js';
import { newId } from '../../ids.js';
import type { TenantContext } from '../../records/context.js';
import { hashToken, newToken } from '../tokens.js';
import { API_KEY_PREFIX_LENGTH, type CreateApiKeyInput, type CreatedApiKeyOutput } from './api-key.schema.js';

/**
 * Creates an API key for the calling user in this tenant. The key acts with the user's role here;
 * only its SHA-256 is stored, so the token in the answer is shown once. A key cannot mint further
 * keys: a leaked key must not be able to outlive its own revocation.
 */
export async function createApiKey(
  ctx: TenantContext,
  input: CreateApiKeyInput,
): Promise<CreatedApiKeyOutput> {
  if (ctx.actor.apiKeyId)
    throw AppError.forbidden('Create API keys from a signed-in session, not with another API key');
  const token = newToken('crm_key');
  const key = await ctx.db.apiKey.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      name: input.name,
      prefix: token.slice(0, API_KEY_PREFIX_LENGTH),
      tokenHash: hashToken(token),
      userId: ctx.actor.userId,
    },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  await recordAudit(ctx, {
    action: 'apiKey.created',
    recordType: 'ApiKey',
    recordId: key.id,
    after: { name: key.name, prefix: key.prefix, userId: ctx.actor.userId },
  });
  return { ...key, token };
}
