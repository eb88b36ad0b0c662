import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import * as tickets from './tickets/index.js';
import { idInput, items } from './router-kit.js';

const support = ['Telecom: trouble tickets (TMF621)'];

/** Trouble tickets (TMF621) with their SLA. */
export function ticketsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/troubleTicket',
          tags: support,
          summary: 'Trouble tickets',
        },
      })
      .input(tickets.listTicketsInput)
      .output(items(tickets.ticketOutput))
      .query(({ ctx, input }) => tickets.listTickets(telecomContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/telecom/troubleTicket/{id}',
          tags: support,
          summary: 'One ticket',
        },
      })
      .input(idInput)
      .output(tickets.ticketOutput)
      .query(({ ctx, input }) => tickets.getTicket(telecomContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/troubleTicket',
          tags: support,
          summary: 'Raise a ticket (SLA from severity)',
        },
        created: true,
      })
      .input(tickets.createTicketInput)
      .output(tickets.ticketOutput)
      .mutation(({ ctx, input }) => tickets.createTicket(telecomContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/troubleTicket/{id}/status',
          tags: support,
          summary: 'Change the status (the account manager is told)',
        },
      })
      .input(tickets.transitionTicketInput)
      .output(tickets.ticketOutput)
      .mutation(({ ctx, input }) => tickets.transitionTicket(telecomContext(ctx.tenant), input)),
  });
}
