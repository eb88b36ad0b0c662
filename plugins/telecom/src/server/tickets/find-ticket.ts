import { AppError } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { presentTicket } from './present-ticket.js';
import { ticketParties } from './ticket-parties.js';
import { ticketSelect, type TicketOutput } from './ticket.schema.js';

/** One ticket of the tenant with its status history, or the same 404 for a missing and a foreign id. */
export async function findTicket(
  ctx: TelecomContext,
  id: string,
): Promise<TicketOutput & { accountId: string }> {
  const row = await ctx.tdb.telecomTroubleTicket.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: ticketSelect,
  });
  if (!row) throw AppError.notFound('Trouble ticket');
  const parties = (await ticketParties(ctx, [row], true)).get(row.id);
  if (!parties) throw AppError.notFound('Trouble ticket');
  return { ...presentTicket(row, parties), accountId: row.accountId };
}
