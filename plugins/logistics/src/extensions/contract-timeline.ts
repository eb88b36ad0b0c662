import { timeline } from '@crm/core';
import { logisticsContext } from '../db.js';
import { isoDay } from '../server/contracts/present-contract.js';

const prefix = 'logistics.contracts:';

/** On an account's timeline: the logistics contracts recorded with it (`kind: logistics.contract`). */
export const contractTimelineSource: timeline.TimelineSource = {
  name: 'logistics.contracts',
  async fetch(tenantCtx, query) {
    if (query.record.type !== 'account' || !tenantCtx.ability.can('read', 'logistics.Contract')) {
      return { events: [], next: null };
    }
    const ctx = logisticsContext(tenantCtx);
    const rows = await ctx.ldb.logisticsContract.findMany({
      where: {
        AND: [
          { tenantId: ctx.actor.tenantId, accountId: query.record.id },
          timeline.rowsAfter('createdAt', prefix, query.before),
        ],
      },
      orderBy: timeline.timelineOrder('createdAt'),
      take: query.limit + 1,
      select: {
        id: true,
        createdAt: true,
        ownerId: true,
        number: true,
        kind: true,
        startsOn: true,
        endsOn: true,
        status: true,
        autoRenew: true,
      },
    });
    return timeline.pageOfRows(
      rows,
      query.limit,
      prefix,
      (row) => row.createdAt,
      (row) => ({
        id: `${prefix}${row.id}`,
        kind: 'logistics.contract',
        at: row.createdAt,
        actorUserId: row.ownerId,
        data: {
          contractId: row.id,
          number: row.number,
          contractKind: row.kind,
          status: row.status,
          startsOn: isoDay(row.startsOn),
          endsOn: isoDay(row.endsOn),
          autoRenew: row.autoRenew,
        },
      }),
    );
  },
};
