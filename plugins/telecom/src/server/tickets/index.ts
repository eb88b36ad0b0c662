export * from './ticket.schema.js';
export * from './ticket-status.js';
export * from './ticket-sla.js';
export { createTicket } from './create-ticket.js';
export { getTicket } from './get-ticket.js';
export { listTickets } from './list-tickets.js';
export { transitionTicket } from './transition-ticket.js';
