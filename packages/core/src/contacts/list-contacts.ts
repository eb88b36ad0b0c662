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
import { contactSelect, contactSortFields, type ContactOutput } from './contact.schema.js';
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
  const filters: object[] = [
    { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null },
    accessibleWhere(ctx.ability, 'read', 'Contact'),
    page.where,
    ...customFieldFilters(extra, definitions),
  ];
  if (input.ownerId) filters.push({ ownerId: input.ownerId });
  if (input.accountId) filters.push({ accounts: { some: { accountId: input.accountId } } });
  if (input.email) filters.push({ emails: { has: input.email } });
  if (input.tagId) {
    const tagged = await ctx.db.recordTag.findMany({
      where: { tagId: input.tagId, recordType: 'contact' },
      select: { recordId: true },
    });
    filters.push({ id: { in: tagged.map((t) => t.recordId) } });
  }
  if (input.search) {
    filters.push({
      OR: [
        { fullName: { contains: escapeLike(input.search), mode: 'insensitive' } },
        { emails: { has: input.search.toLowerCase() } },
        { phones: { has: input.search } },
      ],
    });
  }
  const rows = await ctx.db.contact.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: contactSelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row[sort.field],
    (row) => presentContact(ctx, definitions, row),
  );
}
