import type { TenantContext, TenantDb } from '@crm/core';
import { apiHref } from './representation.js';

/** TMF RelatedParty of a client (core account); v4 shape with `@referredType`. */
export interface ClientParty {
  id: string;
  href: string;
  name: string;
  role: string;
  '@referredType': string;
}

export const clientParty = (id: string, name: string, role = 'customer'): ClientParty => ({
  id,
  href: apiHref(`/accounts/${id}`),
  name,
  role,
  '@referredType': 'Organization',
});

/** Account names (and owners) by id, for the related parties of a page of records. */
export async function accountsById(
  ctx: Pick<TenantContext, 'actor'> & { db: TenantDb },
  ids: readonly string[],
): Promise<Map<string, { name: string; ownerId: string | null }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db.account.findMany({
    where: { tenantId: ctx.actor.tenantId, id: { in: unique } },
    select: { id: true, name: true, ownerId: true },
  });
  return new Map(rows.map((row) => [row.id, { name: row.name, ownerId: row.ownerId }]));
}
