import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { ticketSeverities, ticketStatuses } from './ticket-status.js';

export const ticketTypes = ['incident', 'complaint', 'request'] as const;
export const ticketChannels = ['phone', 'email', 'web', 'chat', 'store', 'monitoring'] as const;

export const createTicketInput = z.strictObject({
  accountId: z.uuid(),
  /** The affected subscription (TMF relatedEntity), if any. */
  productId: z.uuid().optional(),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).optional(),
  severity: z.enum(ticketSeverities),
  ticketType: z.enum(ticketTypes).optional(),
  channel: z.enum(ticketChannels).optional(),
  requestedResolutionDate: z.iso.datetime({ offset: true }).optional(),
  assigneeId: z.uuid().optional(),
});
export type CreateTicketInput = z.infer<typeof createTicketInput>;

export const transitionTicketInput = z.strictObject({
  id: z.uuid(),
  status: z.enum(ticketStatuses),
  statusChangeReason: z.string().trim().max(500).optional(),
});
export type TransitionTicketInput = z.infer<typeof transitionTicketInput>;

export const listTicketsInput = z.object({
  accountId: z.uuid().optional(),
  status: z.enum(ticketStatuses).optional(),
  severity: z.enum(ticketSeverities).optional(),
  /** Only tickets past their SLA due time and still open. */
  breached: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListTicketsInput = z.infer<typeof listTicketsInput>;

export const ticketSelect = {
  id: true,
  accountId: true,
  productId: true,
  name: true,
  description: true,
  severity: true,
  ticketType: true,
  channel: true,
  status: true,
  statusChangeReason: true,
  statusChangeDate: true,
  requestedResolutionDate: true,
  expectedResolutionDate: true,
  resolutionDate: true,
  escalationLevel: true,
  assigneeId: true,
  createdAt: true,
  updatedAt: true,
  product: { select: { id: true, name: true, productSerialNumber: true } },
} satisfies Prisma.TelecomTroubleTicketSelect;
export type TicketRow = Prisma.TelecomTroubleTicketGetPayload<{ select: typeof ticketSelect }>;

const entityRef = z.object({
  '@type': z.string(),
  id: z.string(),
  href: z.string(),
  name: z.string(),
  '@referredType': z.string(),
});

/** TMF621 (v5) TroubleTicket, with the SLA state as CRM extensions. */
export const ticketOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('TroubleTicket'),
  name: z.string(),
  description: z.string().optional(),
  severity: z.enum(ticketSeverities),
  ticketType: z.string(),
  status: z.enum(ticketStatuses),
  statusChangeDate: z.string(),
  statusChangeReason: z.string().optional(),
  creationDate: z.string(),
  lastUpdate: z.string(),
  requestedResolutionDate: z.string().optional(),
  expectedResolutionDate: z.string(),
  resolutionDate: z.string().optional(),
  channel: z.object({ '@type': z.literal('ChannelRef'), id: z.string(), name: z.string() }).optional(),
  relatedParty: z.array(
    z.object({
      '@type': z.literal('RelatedPartyRefOrPartyRoleRef'),
      role: z.string(),
      partyOrPartyRole: entityRef,
    }),
  ),
  relatedEntity: z.array(
    z.object({ '@type': z.literal('RelatedEntity'), role: z.string(), entity: entityRef }),
  ),
  statusChangeHistory: z.array(
    z.object({
      '@type': z.literal('StatusChange'),
      status: z.enum(ticketStatuses),
      statusChangeDate: z.string(),
      statusChangeReason: z.string().optional(),
    }),
  ),
  /** CRM extensions: the escalation rungs reached, whether the SLA is breached, allowed next statuses. */
  escalationLevel: z.number().int(),
  slaBreached: z.boolean(),
  allowedTransitions: z.array(z.enum(ticketStatuses)),
});
export type TicketOutput = z.infer<typeof ticketOutput>;
