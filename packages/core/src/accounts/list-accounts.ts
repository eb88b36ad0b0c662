import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { customFieldVisibility, loadCustomFieldDefinitions } from '../custom-fields/index.js';
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
  if (input.tagId) filters.push(await taggedFilter(ctx, input.tagId, 'account'));
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
  assertQueriedFieldsVisible(ctx.ability, 'Account', {
    sort: input.sort === undefined ? undefined : sort.field,
    ownerId: input.ownerId && 'ownerId',
    industry: input.industry && 'industry',
    region: input.region && 'region',
    taxId: input.taxId && 'taxId',
  });
  const visible = customFieldVisibility(ctx.actor.permissions, 'account');
  return listRecordPage({
    ctx,
    input,
    sort,
    scope: accessibleWhere(ctx.ability, 'read', 'Account'),
    filters: [...customFieldFilters(extra, { definitions, visible }), ...(await otherFilters(ctx, input))],
    reads: {
      findMany: (args) => ctx.db.account.findMany({ ...args, select: accountSelect }),
      findFirst: (args) => ctx.db.account.findFirst({ ...args, select: accountSelect }),
    },
    sortValue: (row: AccountRow) => row[sort.field],
    present: (row) => presentAccount(ctx, definitions, row),
    // The name (substring) or the tax id (exact): docs/decisions/search.md, "List search".
    ...(input.search
      ? {
          matcher: accountListMatcher(
            ctx,
            { term: input.search, ownerId: input.ownerId, deleted: input.deleted === 'only' },
            sort,
          ),
        }
      : {}),
  });
}
