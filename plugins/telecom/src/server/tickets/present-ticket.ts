import { apiHref, hrefOf, isoOrUndefined } from '../shared/representation.js';
import { asState } from '../shared/state-machine.js';
import { openTicketStatuses, ticketLifecycle, ticketSeverities } from './ticket-status.js';
import type { TicketOutput, TicketRow } from './ticket.schema.js';

export interface TicketParties {
  accountName: string;
  accountManager: { id: string; name: string } | null;
  history: { status: string; at: Date; reason: string | null }[];
}

/** Whether a ticket is past its SLA: still open after the due time, or resolved late. */
export function slaBreached(
  row: Pick<TicketRow, 'status' | 'expectedResolutionDate' | 'resolutionDate'>,
  now: Date,
) {
  const open = openTicketStatuses.some((s) => s === row.status);
  if (open) return row.expectedResolutionDate < now;
  return row.resolutionDate !== null && row.resolutionDate > row.expectedResolutionDate;
}

export function presentTicket(row: TicketRow, parties: TicketParties, now = new Date()): TicketOutput {
  const status = asState(ticketLifecycle, row.status);
  const party = (id: string, name: string, role: string, referredType: string) => ({
    '@type': 'RelatedPartyRefOrPartyRoleRef' as const,
    role,
    partyOrPartyRole: {
      '@type': 'PartyRef',
      id,
      href: apiHref(referredType === 'Organization' ? `/accounts/${id}` : `/members/${id}`),
      name,
      '@referredType': referredType,
    },
  });
  return {
    id: row.id,
    href: hrefOf('troubleTicket', row.id),
    '@type': 'TroubleTicket',
    name: row.name,
    description: row.description ?? undefined,
    severity: ticketSeverities.find((s) => s === row.severity) ?? 'minor',
    ticketType: row.ticketType,
    status,
    statusChangeDate: row.statusChangeDate.toISOString(),
    statusChangeReason: row.statusChangeReason ?? undefined,
    creationDate: row.createdAt.toISOString(),
    lastUpdate: row.updatedAt.toISOString(),
    requestedResolutionDate: isoOrUndefined(row.requestedResolutionDate),
    expectedResolutionDate: row.expectedResolutionDate.toISOString(),
    resolutionDate: isoOrUndefined(row.resolutionDate),
    channel: row.channel ? { '@type': 'ChannelRef', id: row.channel, name: row.channel } : undefined,
    relatedParty: [
      party(row.accountId, parties.accountName, 'customer', 'Organization'),
      ...(parties.accountManager
        ? [party(parties.accountManager.id, parties.accountManager.name, 'accountManager', 'Individual')]
        : []),
    ],
    relatedEntity: row.product
      ? [
          {
            '@type': 'RelatedEntity',
            role: 'affectedProduct',
            entity: {
              '@type': 'EntityRef',
              id: row.product.id,
              href: hrefOf('product', row.product.id),
              name: `${row.product.name} (${row.product.productSerialNumber})`,
              '@referredType': 'Product',
            },
          },
        ]
      : [],
    statusChangeHistory: parties.history.map((change) => ({
      '@type': 'StatusChange',
      status: asState(ticketLifecycle, change.status),
      statusChangeDate: change.at.toISOString(),
      statusChangeReason: change.reason ?? undefined,
    })),
    escalationLevel: row.escalationLevel,
    slaBreached: slaBreached(row, now),
    allowedTransitions: [...ticketLifecycle.next[status]],
  };
}
