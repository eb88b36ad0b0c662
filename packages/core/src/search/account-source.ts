import { normalizeTaxId } from '../accounts/tax-id.js';
import { accessibleWhere, hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { ownerScopeOf } from './owner-scope.js';
import {
  joinParts,
  looksLikeEmail,
  MIN_FUZZY_LENGTH,
  ownerIdsArgument,
  weightsArgument,
} from './search-sql.js';
import type { SearchItem, SearchQuery, SearchSource } from './search.types.js';

const searchedFields = ['name', 'taxId', 'website', 'phone', 'industry', 'region', 'address'] as const;
type SearchedField = (typeof searchedFields)[number];

const accountHitSelect = {
  id: true,
  name: true,
  taxId: true,
  industry: true,
  region: true,
} satisfies Prisma.AccountSelect;

type AccountHit = Prisma.AccountGetPayload<{ select: typeof accountHitSelect }>;

async function searchAccounts(ctx: TenantContext, query: SearchQuery): Promise<SearchItem[]> {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Account');
  if (scope.kind === 'none') return [];
  const hidden = hiddenFields(ctx.ability, 'Account', searchedFields);
  const seen = (field: SearchedField) => !hidden.has(field);
  const weights = weightsArgument({
    a: seen('name'),
    b: seen('taxId') && seen('website') && seen('phone'),
    c: seen('industry') && seen('region') && seen('address'),
  });
  const fuzzy = seen('name') && query.text.length >= MIN_FUZZY_LENGTH && !looksLikeEmail(query.text);
  const taxId = seen('taxId') && /^[\p{L}\d\s-]{4,40}$/u.test(query.text) ? normalizeTaxId(query.text) : null;
  const scored = await ctx.db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    SELECT "id"::text AS "id", "score" FROM crm_search_accounts(
      ${query.text}, ${taxId}::text, ${ownerIdsArgument(scope)}::uuid[], ${weights}::text, ${fuzzy}, ${query.limit}::integer)`);
  if (scored.length === 0) return [];
  const rows = await ctx.db.account.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, deletedAt: null, id: { in: scored.map((s) => s.id) } },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: accountHitSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return scored.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row ? [present(row, score, seen)] : [];
  });
}

function present(row: AccountHit, score: number, seen: (field: SearchedField) => boolean): SearchItem {
  const show = (field: SearchedField, value: string | null): string | null => (seen(field) ? value : null);
  return {
    type: 'account',
    id: row.id,
    title: show('name', row.name) ?? '',
    subtitle: joinParts([
      show('taxId', row.taxId),
      show('industry', row.industry),
      show('region', row.region),
    ]),
    score,
  };
}

export const accountSearchSource: SearchSource = { type: 'account', search: searchAccounts };
