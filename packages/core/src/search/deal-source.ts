import { accessibleWhere, hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { ownerScopeOf } from './owner-scope.js';
import { joinParts, looksLikeEmail, MIN_FUZZY_LENGTH, ownerIdsArgument } from './search-sql.js';
import type { SearchItem, SearchQuery, SearchSource } from './search.types.js';

const shownFields = ['title', 'amount', 'currency'] as const;

const dealHitSelect = {
  id: true,
  title: true,
  amount: true,
  currency: true,
  stage: { select: { name: true } },
} satisfies Prisma.DealSelect;

type DealHit = Prisma.DealGetPayload<{ select: typeof dealHitSelect }>;

/** Deals are found by title only (the only field of their search vector). */
async function searchDeals(ctx: TenantContext, query: SearchQuery): Promise<SearchItem[]> {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Deal');
  if (scope.kind === 'none') return [];
  const hidden = hiddenFields(ctx.ability, 'Deal', shownFields);
  if (hidden.has('title')) return [];
  const fuzzy = query.text.length >= MIN_FUZZY_LENGTH && !looksLikeEmail(query.text);
  const scored = await ctx.db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    SELECT "id"::text AS "id", "score" FROM crm_search_deals(
      ${query.text}, ${ownerIdsArgument(scope)}::uuid[], ${fuzzy}, ${query.limit}::integer)`);
  if (scored.length === 0) return [];
  const rows = await ctx.db.deal.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, deletedAt: null, id: { in: scored.map((s) => s.id) } },
        accessibleWhere(ctx.ability, 'read', 'Deal'),
      ],
    },
    select: dealHitSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const showAmount = !hidden.has('amount') && !hidden.has('currency');
  return scored.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row ? [present(row, score, showAmount)] : [];
  });
}

function present(row: DealHit, score: number, showAmount: boolean): SearchItem {
  const amount = showAmount && row.amount !== null ? `${row.amount.toFixed(2)} ${row.currency}` : null;
  return { type: 'deal', id: row.id, title: row.title, subtitle: joinParts([amount, row.stage.name]), score };
}

export const dealSearchSource: SearchSource = { type: 'deal', search: searchDeals };
