import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import { customFieldVisibility, loadCustomFieldDefinitions } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import {
  customFieldFilters,
  listInputBase,
  parseSort,
  splitListInput,
  type ListPage,
} from '../records/list-input.js';
import { listRecordPage, taggedFilter } from '../records/list-records.js';
import { assertQueriedFieldsVisible } from '../records/queried-fields.js';
import { contactSelect, contactSortFields, type ContactOutput, type ContactRow } from './contact.schema.js';
import { contactListMatcher } from './contact-list-search.js';
import { presentContact } from './present-contact.js';

export const listContactsInput = listInputBase.extend({
  accountId: z.uuid().optional(),
  email: z.string().trim().toLowerCase().max(254).optional(),
  tagId: z.uuid().optional(),
});
export type ListContactsInput = z.infer<typeof listContactsInput>;

const knownParams = [
  'limit',
  'cursor',
  'search',
  'sort',
  'ownerId',
  'deleted',
  'accountId',
  'email',
  'tagId',
] as const;

export async function listContacts(
  ctx: TenantContext,
  input: ListContactsInput,
): Promise<ListPage<ContactOutput>> {
  authorize(ctx.ability, 'read', 'Contact');
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'contact');
  const { extra } = splitListInput(input, knownParams);
  const sort = parseSort(input.sort, contactSortFields, { field: 'updatedAt', direction: 'desc' });
  const scope = accessibleWhere(ctx.ability, 'read', 'Contact');
  // Filters the search functions do not apply themselves (they apply tenant, scope, owner, deleted).
  assertQueriedFieldsVisible(ctx.ability, 'Contact', {
    sort: input.sort === undefined ? undefined : sort.field,
    ownerId: input.ownerId && 'ownerId',
    email: input.email && 'emails',
  });
  const visible = customFieldVisibility(ctx.actor.permissions, 'contact');
  const filters: object[] = customFieldFilters(extra, { definitions, visible });
  if (input.accountId) filters.push({ accounts: { some: { accountId: input.accountId } } });
  if (input.tagId) filters.push(await taggedFilter(ctx, input.tagId, 'contact'));
  const term = input.search ?? null;
  const email = input.email || null;
  const searched = term !== null || email !== null;
  return listRecordPage({
    ctx,
    input,
    sort,
    scope,
    filters,
    reads: {
      findMany: (args) => ctx.db.contact.findMany({ ...args, select: contactSelect }),
      findFirst: (args) => ctx.db.contact.findFirst({ ...args, select: contactSelect }),
    },
    sortValue: (row: ContactRow) => row[sort.field],
    present: (row) => presentContact(ctx, definitions, row),
    // search= and email= (docs/decisions/search.md, "List search").
    ...(searched
      ? {
          matcher: contactListMatcher(
            ctx,
            { term, email, ownerId: input.ownerId, deleted: input.deleted === 'only' },
            sort,
          ),
        }
      : {}),
  });
}
