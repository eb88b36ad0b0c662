import { recordAudit } from '../../audit/record-audit.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { apiKeyScope } from './api-key-scope.js';
import { apiKeySelect, type ApiKeyOutput } from './api-key.schema.js';

/**
 * Revokes a key: from this commit on it authenticates nothing (the key lookup and loadActor both
 * refuse revoked keys). Another user's key, for a non-admin, is as missing as a foreign one.
 * Revoking a revoked key changes nothing and answers the key as it is.
 */
export async function revokeApiKey(ctx: TenantContext, id: string): Promise<ApiKeyOutput> {
  const key = await ctx.db.apiKey.findFirst({
    where: { AND: [{ tenantId: ctx.actor.tenantId, id }, apiKeyScope(ctx, 'delete')] },
    select: apiKeySelect,
  });
  if (!key) throw AppError.notFound('API key');
  if (key.revokedAt) return key;
  const revokedAt = new Date();
  await ctx.db.apiKey.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, revokedAt: null },
    data: { revokedAt },
  });
  await recordAudit(ctx, {
    action: 'apiKey.revoked',
    recordType: 'ApiKey',
    recordId: id,
    after: { name: key.name, prefix: key.prefix, revokedAt },
  });
  return { ...key, revokedAt };
}
