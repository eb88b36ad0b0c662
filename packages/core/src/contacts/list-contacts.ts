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
  const page = keysetPage(sort, input.cursor);
  const scope = accessibleWhere(ctx.ability, 'read', 'Contact');
  const live = { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null };
  // Filters the search functions do not apply themselves (they apply tenant, scope, owner, deleted).
  const otherFilters: object[] = customFieldFilters(extra, definitions);
  if (input.accountId) otherFilters.push({ accounts: { some: { accountId: input.accountId } } });
  if (input.tagId) {
    const tagged = await ctx.db.recordTag.findMany({
      where: { tagId: input.tagId, recordType: 'contact' },
      select: { recordId: true },
    });
    otherFilters.push({ id: { in: tagged.map((t) => t.recordId) } });
  }
  const owner = input.ownerId ? [{ ownerId: input.ownerId }] : [];
  const find = (where: object[], take: number) =>
    ctx.db.contact.findMany({
      where: { AND: [live, scope, page.where, ...owner, ...otherFilters, ...where] },
      orderBy: page.orderBy,
      take,
      select: contactSelect,
    });
  const sortValue = (row: ContactRow) => row[sort.field];
  const present = (row: ContactRow) => presentContact(ctx, definitions, row);
  const term = input.search ?? null;
  const email = input.email || null;
  if (term === null && email === null)
    return toPage(await find([], input.limit + 1), input.limit, sortValue, present);

  // search= and email= (docs/decisions/search.md, "List search").
  const matcher = contactListMatcher(
    ctx,
    { term, email, ownerId: input.ownerId, deleted: input.deleted === 'only' },
    sort,
  );
  if (!matcher) return { items: [], nextCursor: null };
  return searchedListPage({
    limit: input.limit,
    cursor: input.cursor,
    filtered: otherFilters.length > 0,
    matcher,
    rows: (ids, take) => find([{ id: { in: ids } }], take),
    position: (id) =>
      ctx.db.contact.findFirst({
        where: { AND: [{ tenantId: ctx.actor.tenantId, id }, scope] },
        select: contactSelect,
      }),
    sortValue,
    present,
  });
}
