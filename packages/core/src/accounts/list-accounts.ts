import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import {
  customFieldFilters,
  escapeLike,
  keysetPage,
  listInputBase,
  parseSort,
  splitListInput,
  toPage,
  type ListPage,
} from '../records/list-input.js';
import { accountSelect, accountSortFields, type AccountOutput } from './account.schema.js';
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

/** The field filters of the account list (everything but paging, scope and custom fields). */
async function fieldFilters(ctx: TenantContext, input: ListAccountsInput): Promise<object[]> {
  const filters: object[] = [];
  if (input.ownerId) filters.push({ ownerId: input.ownerId });
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
  if (input.search) {
    // The name through its trigram index (ILIKE), or an exact tax id (INN in any accepted spelling).
    filters.push({
      OR: [
        { name: { contains: escapeLike(input.search), mode: 'insensitive' } },
        { taxId: normalizeTaxId(input.search) },
      ],
    });
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
  const filters: object[] = [
    { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null },
    accessibleWhere(ctx.ability, 'read', 'Account'),
    page.where,
    ...customFieldFilters(extra, definitions),
    ...(await fieldFilters(ctx, input)),
  ];
  const rows = await ctx.db.account.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: accountSelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row[sort.field],
    (row) => presentAccount(ctx, definitions, row),
  );
}
