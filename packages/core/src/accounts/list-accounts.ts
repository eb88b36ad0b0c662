import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import {
  customFieldFilters,
  keysetPage,
  listInputBase,
  parseSort,
  splitListInput,
  toPage,
  type ListPage,
} from '../records/list-input.js';
import { searchedListPage } from '../search/list-search.js';
import { accountListMatcher } from './account-list-search.js';
import { accountSelect, accountSortFields, type AccountOutput, type AccountRow } from './account.schema.js';
import { presentAccount } from './present-account.js';
import { normalizeTaxId } from './tax-id.js';

export const listAccountsInput = listInputBase.extend({
  industry: z.string().trim().min(1).max(200).optional(),
  region: z.string().trim().min(1).max(200).optional(),
  taxId: z.string().trim().min(1).max(64).optional(),
  tagId: z.uuid().optional(),
});
export type ListAccountsInput = z.infer<typeof listAccountsInput>;

const knownParams = [
  'limit',
  'cursor',
  'search',
  'sort',
  'ownerId',
  'deleted',
  'industry',
  'region',
  'taxId',
  'tagId',
] as const;

/** The field filters of the account list the search function does not apply (not owner, scope, search). */
async function otherFilters(ctx: TenantContext, input: ListAccountsInput): Promise<object[]> {
  const filters: object[] = [];
  if (input.industry) filters.push({ industry: { equals: input.industry, mode: 'insensitive' } });
  if (input.region) filters.push({ region: { equals: input.region, mode: 'insensitive' } });
  if (input.taxId) filters.push({ taxId: normalizeTaxId(input.taxId) });
  if (input.tagId) {
    const tagged = await ctx.db.recordTag.findMany({
      where: { tagId: input.tagId, recordType: 'account' },
      select: { recordId: true },
    });
    filters.push({ id: { in: tagged.map((t) => t.recordId) } });
  }
  return filters;
}

export async function listAccounts(
  ctx: TenantContext,
  input: ListAccountsInput,
): Promise<ListPage<AccountOutput>> {
  authorize(ctx.ability, 'read', 'Account');
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'account');
  const { extra } = splitListInput(input, knownParams);
  const sort = parseSort(input.sort, accountSortFields, { field: 'updatedAt', direction: 'desc' });
  const page = keysetPage(sort, input.cursor);
  const scope = accessibleWhere(ctx.ability, 'read', 'Account');
  const live = { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null };
  const others = [...customFieldFilters(extra, definitions), ...(await otherFilters(ctx, input))];
  const owner = input.ownerId ? [{ ownerId: input.ownerId }] : [];
  const find = (where: object[], take: number) =>
    ctx.db.account.findMany({
      where: { AND: [live, scope, page.where, ...owner, ...others, ...where] },
      orderBy: page.orderBy,
      take,
      select: accountSelect,
    });
  const sortValue = (row: AccountRow) => row[sort.field];
  const present = (row: AccountRow) => presentAccount(ctx, definitions, row);
  if (!input.search) return toPage(await find([], input.limit + 1), input.limit, sortValue, present);

  // The name (substring) or the tax id (exact): docs/decisions/search.md, "List search".
  const matcher = accountListMatcher(
    ctx,
    { term: input.search, ownerId: input.ownerId, deleted: input.deleted === 'only' },
    sort,
  );
  if (!matcher) return { items: [], nextCursor: null };
  return searchedListPage({
    limit: input.limit,
    cursor: input.cursor,
    filtered: others.length > 0,
    matcher,
    rows: (ids, take) => find([{ id: { in: ids } }], take),
    position: (id) =>
      ctx.db.account.findFirst({
        where: { AND: [{ tenantId: ctx.actor.tenantId, id }, scope] },
        select: accountSelect,
      }),
    sortValue,
    present,
  });
}
