import { hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import type { SortSpec } from '../records/list-input.js';
import { listOwnerIds, type ListMatcher } from '../search/list-search.js';
import { ownerScopeOf } from '../search/owner-scope.js';
import { normalizeTaxId, TAX_ID_MAX_LENGTH } from './tax-id.js';

/**
 * The matches of the account list's `search=` (docs/decisions/search.md, "List search"): the name
 * containing the term, case-insensitively ("ромаш" finds ООО «Ромашка"), or the tax id equal to it
 * (an INN in any accepted spelling, e.g. `RU 7707083893`). Fields hidden from the actor are never
 * matched. Null when nothing can match.
 */
export function accountListMatcher(
  ctx: TenantContext,
  search: { term: string; ownerId: string | undefined; deleted: boolean },
  sort: SortSpec<string>,
): ListMatcher | null {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Account');
  if (scope.kind === 'none') return null;
  const ownerIds = listOwnerIds(scope, search.ownerId);
  if (ownerIds?.length === 0) return null;
  const hidden = hiddenFields(ctx.ability, 'Account', ['name', 'taxId']);
  const fields = [...(hidden.has('name') ? [] : ['name']), ...(hidden.has('taxId') ? [] : ['taxId'])];
  if (fields.length === 0) return null;
  const taxId = normalizeTaxId(search.term);
  const exactTaxId = taxId.length <= TAX_ID_MAX_LENGTH ? taxId : null;
  return async ({ after, maxRows }) => {
    const rows = await ctx.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id"::text AS "id" FROM crm_list_search_accounts(
        ${search.term}::text, ${exactTaxId}::text, ${ownerIds}::uuid[], ${fields}::text[], ${search.deleted},
        ${sort.field}::text, ${sort.direction === 'desc'}, ${after?.value ?? null}::text,
        ${after?.id ?? null}::uuid, ${maxRows}::integer)`);
    return rows.map((row) => row.id);
  };
}
