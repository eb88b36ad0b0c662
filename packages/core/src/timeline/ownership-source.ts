import { hiddenFields } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { pageOfRows, rowsAfter, timelineOrder } from './source-rows.js';
import { subjectOfTimelineRecord } from './timeline-record.js';
import type { TimelineQuery, TimelineSource, TimelineSourcePage } from './timeline.types.js';

const prefix = 'owner:';

/** `owner_changed` events from the ownership history; none for a role that may not see the owner. */
async function fetchOwnerChanges(ctx: TenantContext, query: TimelineQuery): Promise<TimelineSourcePage> {
  const { record, before, limit } = query;
  if (hiddenFields(ctx.ability, subjectOfTimelineRecord[record.type], ['ownerId']).has('ownerId')) {
    return { events: [], next: null };
  }
  const rows = await ctx.db.ownershipChange.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, recordType: record.type, recordId: record.id },
        rowsAfter('changedAt', prefix, before),
      ],
    },
    orderBy: timelineOrder('changedAt'),
    take: limit + 1,
    select: { id: true, changedAt: true, fromUserId: true, toUserId: true, changedById: true, reason: true },
  });
  return pageOfRows(
    rows,
    limit,
    prefix,
    (row) => row.changedAt,
    (row) => ({
      id: `${prefix}${row.id}`,
      kind: 'owner_changed',
      at: row.changedAt,
      actorUserId: row.changedById,
      data: { fromUserId: row.fromUserId, toUserId: row.toUserId, reason: row.reason },
    }),
  );
}

export const ownershipTimelineSource: TimelineSource = { name: 'owner', fetch: fetchOwnerChanges };
