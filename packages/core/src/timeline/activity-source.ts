import { accessibleWhere } from '../authz/index.js';
import { activitySelect, type ActivityRow } from '../activities/activity.schema.js';
import { presentActivity } from '../activities/present-activity.js';
import type { TenantContext } from '../records/context.js';
import { mergeTimelinePages } from './merge-timeline.js';
import { pageOfRows, rowsAfter, timelineOrder } from './source-rows.js';
import type { TimelineQuery, TimelineRecord, TimelineSource, TimelineSourcePage } from './timeline.types.js';

const prefix = 'activity:';

/**
 * The activities of a record. An account shows its own activities and those of its (not deleted)
 * deals; a contact and a deal show the activities linked to them. An activity stands at the time it
 * happened (`occurredAt`) or, without one, when it was logged (`createdAt`). Only activities the
 * actor may read are shown.
 */
function linkedTo(record: TimelineRecord): object {
  switch (record.type) {
    case 'account':
      return { OR: [{ accountId: record.id }, { deal: { accountId: record.id, deletedAt: null } }] };
    case 'contact':
      return { contactId: record.id };
    case 'deal':
      return { dealId: record.id };
  }
}

const timeOf = (row: ActivityRow): Date => row.occurredAt ?? row.createdAt;

async function fetchActivities(ctx: TenantContext, query: TimelineQuery): Promise<TimelineSourcePage> {
  const { record, before, limit } = query;
  const base = [
    { tenantId: ctx.actor.tenantId, deletedAt: null },
    accessibleWhere(ctx.ability, 'read', 'Activity'),
    linkedTo(record),
  ];
  // Two streams, each in the order of a real column, merged like any two sources.
  const streams = [
    { field: 'occurredAt', where: { occurredAt: { not: null } } },
    { field: 'createdAt', where: { occurredAt: null } },
  ];
  const pages: TimelineSourcePage[] = [];
  for (const stream of streams) {
    const rows = await ctx.db.activity.findMany({
      where: { AND: [...base, stream.where, rowsAfter(stream.field, prefix, before)] },
      orderBy: timelineOrder(stream.field),
      take: limit + 1,
      select: activitySelect,
    });
    pages.push(
      pageOfRows(rows, limit, prefix, timeOf, (row) => ({
        id: `${prefix}${row.id}`,
        kind: 'activity',
        at: timeOf(row),
        actorUserId: row.createdById,
        data: { activity: presentActivity(ctx, row) },
      })),
    );
  }
  return mergeTimelinePages(pages, limit, before);
}

export const activityTimelineSource: TimelineSource = { name: 'activity', fetch: fetchActivities };
