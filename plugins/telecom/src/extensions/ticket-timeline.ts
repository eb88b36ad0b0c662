import { timeline } from '@crm/core';
import { telecomContext } from '../db.js';

const prefix = 'telecom.ticket-status:';

/**
 * On an account's timeline: every status change of the client's trouble tickets (`kind:
 * telecom.ticketStatus`), so the account manager sees ticket progress on the client page.
 */
export const ticketTimelineSource: timeline.TimelineSource = {
  name: 'telecom.ticket-status',
  async fetch(tenantCtx, query) {
    if (query.record.type !== 'account' || !tenantCtx.ability.can('read', 'telecom.TroubleTicket')) {
      return { events: [], next: null };
    }
    const ctx = telecomContext(tenantCtx);
    const tickets = await ctx.tdb.telecomTroubleTicket.findMany({
      where: { tenantId: ctx.actor.tenantId, accountId: query.record.id },
      select: { id: true, name: true, severity: true },
    });
    if (tickets.length === 0) return { events: [], next: null };
    const byId = new Map(tickets.map((t) => [t.id, t]));
    const rows = await ctx.tdb.telecomStatusChange.findMany({
      where: {
        AND: [
          { tenantId: ctx.actor.tenantId, entityType: 'troubleTicket', entityId: { in: [...byId.keys()] } },
          timeline.rowsAfter('at', prefix, query.before),
        ],
      },
      orderBy: timeline.timelineOrder('at'),
      take: query.limit + 1,
      select: {
        id: true,
        entityId: true,
        fromStatus: true,
        toStatus: true,
        reason: true,
        actorUserId: true,
        at: true,
      },
    });
    return timeline.pageOfRows(
      rows,
      query.limit,
      prefix,
      (row) => row.at,
      (row) => {
        const ticket = byId.get(row.entityId);
        return {
          id: `${prefix}${row.id}`,
          kind: 'telecom.ticketStatus',
          at: row.at,
          actorUserId: row.actorUserId,
          data: {
            ticketId: row.entityId,
            name: ticket?.name ?? '',
            severity: ticket?.severity ?? '',
            fromStatus: row.fromStatus,
            status: row.toStatus,
            reason: row.reason,
          },
        };
      },
    );
  },
};
