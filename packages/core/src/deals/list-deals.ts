import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { stageKinds } from '../pipelines/pipeline.schema.js';
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
import {
  amountInput,
  dealSelect,
  dealSortFields,
  toDateOnly,
  type DealOutput,
  type DealRow,
} from './deal.schema.js';
import { dealListMatcher } from './deal-list-search.js';
import { presentDeal } from './present-deal.js';

export const listDealsInput = listInputBase.extend({
  pipelineId: z.uuid().optional(),
  stageId: z.uuid().optional(),
  accountId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  tagId: z.uuid().optional(),
  status: z.enum(stageKinds).optional(),
  /** Expected close date on or before / on or after (YYYY-MM-DD). */
  closeBefore: z.iso.date().optional(),
  closeAfter: z.iso.date().optional(),
  /** Amount at least / at most (deals without an amount never match). */
  amountMin: amountInput.optional(),
  amountMax: amountInput.optional(),
});
export type ListDealsInput = z.infer<typeof listDealsInput>;

const knownParams = [
  'limit',
  'cursor',
  'search',
  'sort',
  'ownerId',
  'deleted',
  'pipelineId',
  'stageId',
  'accountId',
  'contactId',
  'tagId',
  'status',
  'closeBefore',
  'closeAfter',
  'amountMin',
  'amountMax',
] as const;

export async function listDeals(ctx: TenantContext, input: ListDealsInput): Promise<ListPage<DealOutput>> {
  authorize(ctx.ability, 'read', 'Deal');
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'deal');
  const { extra } = splitListInput(input, knownParams);
  const sort = parseSort(input.sort, dealSortFields, { field: 'updatedAt', direction: 'desc' });
  const page = keysetPage(sort, input.cursor);
  const scope = accessibleWhere(ctx.ability, 'read', 'Deal');
  const live = { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null };
  // Filters the search function does not apply itself (it applies tenant, scope, owner, deleted).
  const others = [...customFieldFilters(extra, definitions), ...fieldFilters(input)];
  if (input.tagId) {
    const tagged = await ctx.db.recordTag.findMany({
      where: { tenantId: ctx.actor.tenantId, tagId: input.tagId, recordType: 'deal' },
      select: { recordId: true },
    });
    others.push({ id: { in: tagged.map((t) => t.recordId) } });
  }
  const owner = input.ownerId ? [{ ownerId: input.ownerId }] : [];
  const find = (where: object[], take: number) =>
    ctx.db.deal.findMany({
      where: { AND: [live, scope, page.where, ...owner, ...others, ...where] },
      orderBy: page.orderBy,
      take,
      select: dealSelect,
    });
  const sortValue = (row: DealRow) => row[sort.field];
  const present = (row: DealRow) => presentDeal(ctx, definitions, row);
  if (!input.search) return toPage(await find([], input.limit + 1), input.limit, sortValue, present);

  // The title (substring): docs/decisions/search.md, "List search".
  const matcher = dealListMatcher(
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
      ctx.db.deal.findFirst({
        where: { AND: [{ tenantId: ctx.actor.tenantId, id }, scope] },
        select: dealSelect,
      }),
    sortValue,
    present,
  });
}

function fieldFilters(input: ListDealsInput): object[] {
  const filters: object[] = [];
  if (input.pipelineId) filters.push({ pipelineId: input.pipelineId });
  if (input.stageId) filters.push({ stageId: input.stageId });
  if (input.accountId) filters.push({ accountId: input.accountId });
  if (input.contactId) filters.push({ contacts: { some: { contactId: input.contactId } } });
  if (input.status) filters.push({ stage: { kind: input.status } });
  if (input.closeBefore) filters.push({ expectedCloseDate: { lte: toDateOnly(input.closeBefore) } });
  if (input.closeAfter) filters.push({ expectedCloseDate: { gte: toDateOnly(input.closeAfter) } });
  if (input.amountMin !== undefined) filters.push({ amount: { gte: input.amountMin } });
  if (input.amountMax !== undefined) filters.push({ amount: { lte: input.amountMax } });
  return filters;
}
