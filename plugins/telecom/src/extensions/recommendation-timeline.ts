import { timeline } from '@crm/core';
import { telecomContext } from '../db.js';

const prefix = 'telecom.recommendations:';

/** On an account's timeline: the tariff-savings offers made to the client (`kind: telecom.recommendation`). */
export const recommendationTimelineSource: timeline.TimelineSource = {
  name: 'telecom.recommendations',
  async fetch(tenantCtx, query) {
    if (query.record.type !== 'account' || !tenantCtx.ability.can('read', 'telecom.Recommendation')) {
      return { events: [], next: null };
    }
    const ctx = telecomContext(tenantCtx);
    const rows = await ctx.tdb.telecomRecommendation.findMany({
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
        status: true,
        monthlySaving: true,
        currency: true,
        validUntil: true,
        recommendedOffering: { select: { name: true } },
      },
    });
    return timeline.pageOfRows(
      rows,
      query.limit,
      prefix,
      (row) => row.createdAt,
      (row) => ({
        id: `${prefix}${row.id}`,
        kind: 'telecom.recommendation',
        at: row.createdAt,
        actorUserId: null,
        data: {
          recommendationId: row.id,
          offering: row.recommendedOffering.name,
          monthlySaving: Number(row.monthlySaving.toString()),
          currency: row.currency,
          status: row.status,
          validUntil: row.validUntil.toISOString(),
        },
      }),
    );
  },
};
