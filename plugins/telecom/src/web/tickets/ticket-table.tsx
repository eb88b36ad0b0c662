import { Table } from '@mantine/core';
import { AppLink, useFormat, useTexts } from '@crm/ui';
import { SeverityBadge, TicketStatusBadge } from '../shared/badges.js';
import { SlaTimer } from '../shared/sla.js';
import { texts } from '../texts.js';
import type { Ticket } from '../types.js';
import { TicketMoves } from './ticket-moves.js';

export const ticketClient = (ticket: Ticket) =>
  ticket.relatedParty.find((p) => p.role === 'customer')?.partyOrPartyRole;

/** Tickets with severity, TMF621 status, SLA timer, escalation level and the moves allowed now. */
export function TicketTable({ tickets, showClient }: { tickets: readonly Ticket[]; showClient: boolean }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid="tickets-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ticket.name')}</Table.Th>
            {showClient && <Table.Th>{t('ticket.client')}</Table.Th>}
            <Table.Th>{t('ticket.severity')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('ticket.sla')}</Table.Th>
            <Table.Th ta="right">{t('ticket.escalation')}</Table.Th>
            <Table.Th>{t('ticket.created.at')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket) => (
            <Table.Tr key={ticket.id} data-testid={`ticket-row-${ticket.name}`}>
              <Table.Td>
                <AppLink href={`/x/telecom/tickets/${ticket.id}`}>{ticket.name}</AppLink>
              </Table.Td>
              {showClient && <Table.Td>{ticketClient(ticket)?.name ?? '—'}</Table.Td>}
              <Table.Td>
                <SeverityBadge severity={ticket.severity} />
              </Table.Td>
              <Table.Td>
                <TicketStatusBadge status={ticket.status} />
              </Table.Td>
              <Table.Td>
                <SlaTimer ticket={ticket} />
              </Table.Td>
              <Table.Td ta="right" data-testid="ticket-escalation">
                {ticket.escalationLevel}
              </Table.Td>
              <Table.Td>{f.dateTime(ticket.creationDate)}</Table.Td>
              <Table.Td>
                <TicketMoves ticket={ticket} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
