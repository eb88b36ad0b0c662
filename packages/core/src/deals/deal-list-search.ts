import { hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import type { SortSpec } from '../records/list-input.js';
import { listOwnerIds, type ListMatcher } from '../search/list-search.js';
import { ownerScopeOf } from '../search/owner-scope.js';

/**
 * The matches of the deal list's `search=` (docs/decisions/search.md, "List search"): the title
 * containing the term, case-insensitively. Nothing matches when the title is hidden from the actor.
 * Null when nothing can match.
 */
export function dealListMatcher(
  ctx: TenantContext,
  search: { term: string; ownerId: string | undefined; deleted: boolean },
  sort: SortSpec<string>,
): ListMatcher | null {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Deal');
  if (scope.kind === 'none') return null;
  const ownerIds = listOwnerIds(scope, search.ownerId);
  if (ownerIds?.length === 0 || hiddenFields(ctx.ability, 'Deal', ['title']).has('title')) return null;
  return async ({ after, maxRows }) => {
    const rows = await ctx.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id"::text AS "id" FROM crm_list_search_deals(
        ${search.term}::text, ${ownerIds}::uuid[], ${search.deleted}, ${sort.field}::text,
        ${sort.direction === 'desc'}, ${after?.value ?? null}::text, ${after?.id ?? null}::uuid,
        ${maxRows}::integer)`);
    return rows.map((row) => row.id);
  };
}
