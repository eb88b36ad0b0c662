import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { customFieldVisibility, loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { stageKinds } from '../pipelines/pipeline.schema.js';
import type { TenantContext } from '../records/context.js';
import { listRecordPage, taggedFilter } from '../records/list-records.js';
import { assertQueriedFieldsVisible } from '../records/queried-fields.js';
import {
  customFieldFilters,
  listInputBase,
  parseSort,
  splitListInput,
  type ListPage,
} from '../records/list-input.js';
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
  assertQueriedFieldsVisible(ctx.ability, 'Deal', {
    sort: input.sort === undefined ? undefined : sort.field,
    ownerId: input.ownerId && 'ownerId',
    accountId: input.accountId && 'accountId',
    closeBefore: input.closeBefore && 'expectedCloseDate',
    closeAfter: input.closeAfter && 'expectedCloseDate',
    amountMin: input.amountMin === undefined ? undefined : 'amount',
    amountMax: input.amountMax === undefined ? undefined : 'amount',
  });
  const visible = customFieldVisibility(ctx.actor.permissions, 'deal');
  // Filters the search function does not apply itself (it applies tenant, scope, owner, deleted).
  const filters = [...customFieldFilters(extra, { definitions, visible }), ...fieldFilters(input)];
  if (input.tagId) filters.push(await taggedFilter(ctx, input.tagId, 'deal'));
  return listRecordPage({
    ctx,
    input,
    sort,
    scope: accessibleWhere(ctx.ability, 'read', 'Deal'),
    filters,
    reads: {
      findMany: (args) => ctx.db.deal.findMany({ ...args, select: dealSelect }),
      findFirst: (args) => ctx.db.deal.findFirst({ ...args, select: dealSelect }),
    },
    sortValue: (row: DealRow) => row[sort.field],
    present: (row) => presentDeal(ctx, definitions, row),
    // The title (substring): docs/decisions/search.md, "List search".
    ...(input.search
      ? {
          matcher: dealListMatcher(
            ctx,
            { term: input.search, ownerId: input.ownerId, deleted: input.deleted === 'only' },
            sort,
          ),
        }
      : {}),
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
