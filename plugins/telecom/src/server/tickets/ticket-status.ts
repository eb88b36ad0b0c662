import { defineStateMachine } from '../shared/state-machine.js';

/** TMF621 TroubleTicketStatusType, as listed in VERTICALS.md (telecom). */
export const ticketStatuses = [
  'acknowledged',
  'rejected',
  'pending',
  'held',
  'inProgress',
  'cancelled',
  'closed',
  'resolved',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketLifecycle = defineStateMachine<TicketStatus>({
  label: 'A trouble ticket',
  states: ticketStatuses,
  next: {
    acknowledged: ['inProgress', 'rejected', 'cancelled'],
    inProgress: ['pending', 'held', 'resolved', 'cancelled'],
    pending: ['inProgress', 'cancelled'],
    held: ['inProgress', 'cancelled'],
    // Reopened within the confirmation window, else closed (by the client or after the window).
    resolved: ['closed', 'inProgress'],
    rejected: [],
    cancelled: [],
    closed: [],
  },
});

/** Tickets still being worked: their SLA clock runs and the escalation ladder applies. */
export const openTicketStatuses: readonly TicketStatus[] = ['acknowledged', 'inProgress', 'pending', 'held'];

export const ticketSeverities = ['critical', 'major', 'minor'] as const;
export type TicketSeverity = (typeof ticketSeverities)[number];
