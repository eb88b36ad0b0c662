import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findTicket } from './find-ticket.js';
import type { TicketOutput } from './ticket.schema.js';

export async function getTicket(ctx: TelecomContext, id: string): Promise<TicketOutput> {
  authorize(ctx.ability, 'read', 'telecom.TroubleTicket');
  return findTicket(ctx, id);
}
