import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { presentTicket } from './present-ticket.js';
import { ticketParties } from './ticket-parties.js';
import { openTicketStatuses } from './ticket-status.js';
import { ticketSelect, type ListTicketsInput, type TicketOutput } from './ticket.schema.js';

/** Trouble tickets, newest first: a client's, by status or severity, or only those past their SLA. */
export async function listTickets(
  ctx: TelecomContext,
  input: ListTicketsInput,
): Promise<{ items: TicketOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.TroubleTicket');
  const now = new Date();
  const rows = await ctx.tdb.telecomTroubleTicket.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.severity ? { severity: input.severity } : {}),
      ...(input.breached
        ? { status: { in: [...openTicketStatuses] }, expectedResolutionDate: { lt: now } }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: ticketSelect,
  });
  const parties = await ticketParties(ctx, rows, true);
  return {
    items: rows.flatMap((row) => {
      const found = parties.get(row.id);
      return found ? [presentTicket(row, found, now)] : [];
    }),
  };
}
