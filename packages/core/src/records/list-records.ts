import { searchedListPage, type ListMatcher } from '../search/list-search.js';
import type { TenantContext } from './context.js';
import { keysetPage, toPage, type ListPage, type SortSpec } from './list-input.js';

/** The model-specific reads of a record list: the Prisma delegate with the list's `select` bound. */
export interface RecordReads<R> {
  findMany(args: { where: object; orderBy: object[]; take: number }): Promise<R[]>;
  findFirst(args: { where: object }): Promise<R | null>;
}

export interface RecordListSpec<R extends { id: string }, T, F extends string> {
  ctx: TenantContext;
  input: {
    limit: number;
    cursor?: string | undefined;
    ownerId?: string | undefined;
    deleted: 'exclude' | 'only';
  };
  sort: SortSpec<F>;
  /** The actor's scope (accessibleWhere), combined with AND with the tenant. */
  scope: object;
  /** Every other filter of the list (custom fields, links, tags...): those a search function does not apply. */
  filters: object[];
  reads: RecordReads<R>;
  sortValue: (row: R) => string | number | Date;
  present: (row: R) => T;
  /**
   * For a searched list, the matcher of its search function (null: nothing can match); absent when the
   * list is not searched.
   */
  matcher?: ListMatcher | null;
}

/**
 * One page of an owned-record list (contacts, accounts, deals): tenant, deleted flag, scope, owner and
 * filters ANDed, keyset pagination on the sort, and for a search the candidate windows of
 * searchedListPage (docs/decisions/search.md, "List search").
 */
export async function listRecordPage<R extends { id: string }, T, F extends string>(
  spec: RecordListSpec<R, T, F>,
): Promise<ListPage<T>> {
  const { ctx, input, scope, reads } = spec;
  const page = keysetPage(spec.sort, input.cursor);
  const live = { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null };
  const owner = input.ownerId ? [{ ownerId: input.ownerId }] : [];
  const find = (where: object[], take: number) =>
    reads.findMany({
      where: { AND: [live, scope, page.where, ...owner, ...spec.filters, ...where] },
      orderBy: page.orderBy,
      take,
    });
  if (spec.matcher === undefined)
    return toPage(await find([], input.limit + 1), input.limit, spec.sortValue, spec.present);
  if (spec.matcher === null) return { items: [], nextCursor: null };
  return searchedListPage({
    limit: input.limit,
    cursor: input.cursor,
    filtered: spec.filters.length > 0,
    matcher: spec.matcher,
    rows: (ids, take) => find([{ id: { in: ids } }], take),
    position: (id) => reads.findFirst({ where: { AND: [{ tenantId: ctx.actor.tenantId, id }, scope] } }),
    sortValue: spec.sortValue,
    present: spec.present,
  });
}

/** The filter of records carrying a tag. */
export async function taggedFilter(
  ctx: TenantContext,
  tagId: string,
  recordType: 'account' | 'contact' | 'deal',
): Promise<object> {
  const tagged = await ctx.db.recordTag.findMany({
    where: { tenantId: ctx.actor.tenantId, tagId, recordType },
    select: { recordId: true },
  });
  return { id: { in: tagged.map((t) => t.recordId) } };
}
