import { z } from 'zod';
import { accessibleWhere, authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { assertQueriedFieldsVisible } from '../records/queried-fields.js';
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
import {
  activitySelect,
  activitySortFields,
  activityTypes,
  isoDateTime,
  type ActivityOutput,
} from './activity.schema.js';
import { nullableDateKeysetPage, toNullableDatePage } from './nullable-date-keyset.js';
import { presentActivity } from './present-activity.js';

/** `true` or `false` in a query string. */
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listActivitiesInput = listInputBase.extend({
  type: z.enum(activityTypes).optional(),
  done: flag.optional(),
  accountId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  dealId: z.uuid().optional(),
  /** Due strictly before this moment. */
  dueBefore: isoDateTime.optional(),
  /** Due at or after this moment. */
  dueAfter: isoDateTime.optional(),
  /** `true`: open and past due; `false`: done, undated or not yet due. */
  overdue: flag.optional(),
});
export type ListActivitiesInput = z.infer<typeof listActivitiesInput>;

const knownParams = [
  ...['limit', 'cursor', 'search', 'sort', 'ownerId', 'deleted', 'type', 'done'],
  ...['accountId', 'contactId', 'dealId', 'dueBefore', 'dueAfter', 'overdue'],
] as const;

function fieldFilters(input: ListActivitiesInput, now: Date): object[] {
  const filters: object[] = [];
  if (input.type) filters.push({ type: input.type });
  if (input.done !== undefined) filters.push({ done: input.done });
  if (input.ownerId) filters.push({ ownerId: input.ownerId });
  if (input.accountId) filters.push({ accountId: input.accountId });
  if (input.contactId) filters.push({ contactId: input.contactId });
  if (input.dealId) filters.push({ dealId: input.dealId });
  if (input.dueBefore) filters.push({ dueAt: { lt: input.dueBefore } });
  if (input.dueAfter) filters.push({ dueAt: { gte: input.dueAfter } });
  if (input.overdue === true) filters.push({ done: false, dueAt: { lt: now } });
  if (input.overdue === false)
    filters.push({ OR: [{ done: true }, { dueAt: null }, { dueAt: { gte: now } }] });
  if (input.search) filters.push({ subject: { contains: escapeLike(input.search), mode: 'insensitive' } });
  return filters;
}

export async function listActivities(
  ctx: TenantContext,
  input: ListActivitiesInput,
): Promise<ListPage<ActivityOutput>> {
  authorize(ctx.ability, 'read', 'Activity');
  const { extra } = splitListInput(input, knownParams);
  const sort = parseSort(input.sort, activitySortFields, { field: 'updatedAt', direction: 'desc' });
  assertQueriedFieldsVisible(ctx.ability, 'Activity', {
    sort: input.sort === undefined ? undefined : sort.field,
    search: input.search && 'subject',
    ownerId: input.ownerId && 'ownerId',
    accountId: input.accountId && 'accountId',
    contactId: input.contactId && 'contactId',
    dealId: input.dealId && 'dealId',
    dueBefore: input.dueBefore && 'dueAt',
    dueAfter: input.dueAfter && 'dueAt',
    overdue: input.overdue === undefined ? undefined : 'dueAt',
  });
  const page =
    sort.field === 'dueAt' ? nullableDateKeysetPage(sort, input.cursor) : keysetPage(sort, input.cursor);
  const rows = await ctx.db.activity.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, deletedAt: input.deleted === 'only' ? { not: null } : null },
        accessibleWhere(ctx.ability, 'read', 'Activity'),
        page.where,
        // Activities have no custom fields: any other parameter is rejected by name.
        ...customFieldFilters(extra, null),
        ...fieldFilters(input, new Date()),
      ],
    },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: activitySelect,
  });
  const present = (row: (typeof rows)[number]) => presentActivity(ctx, row);
  if (sort.field === 'dueAt') return toNullableDatePage(rows, input.limit, (row) => row.dueAt, present);
  const field = sort.field;
  return toPage(rows, input.limit, (row) => row[field], present);
}
