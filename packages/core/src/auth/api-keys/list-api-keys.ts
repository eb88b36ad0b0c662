import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import { apiKeyScope } from './api-key-scope.js';
import { apiKeySelect, type ApiKeyOutput, type ListApiKeysInput } from './api-key.schema.js';

/** Keys of the tenant the caller may see (all for an admin, else their own), newest first, revoked included. */
export async function listApiKeys(
  ctx: TenantContext,
  input: ListApiKeysInput,
): Promise<ListPage<ApiKeyOutput>> {
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const rows = await ctx.db.apiKey.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        apiKeyScope(ctx, 'read'),
        page.where,
        input.userId ? { userId: input.userId } : {},
      ],
    },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: apiKeySelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row.createdAt,
    (row) => row,
  );
}
