import { Table, Title } from '@mantine/core';
import {
  AppLink,
  EmptyState,
  PluginRecordScreen,
  useFormat,
  useQuery,
  useTexts,
  type ScreenProps,
} from '@crm/ui';
import { useTelecomApi } from '../api.js';
import { SeverityBadge, TicketStatusBadge } from '../shared/badges.js';
import { SlaTimer } from '../shared/sla.js';
import { texts } from '../texts.js';
import type { Ticket } from '../types.js';
import { TicketMoves } from './ticket-moves.js';
import { ticketClient } from './ticket-table.js';

function History({ ticket }: { ticket: Ticket }) {
  const t = useTexts(texts);
  const f = useFormat();
  if (ticket.statusChangeHistory.length === 0) return <EmptyState message={t('ticket.historyEmpty')} />;
  return (
    <Table data-testid="ticket-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ticket.at')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
          <Table.Th>{t('common.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ticket.statusChangeHistory.map((change, index) => (
          <Table.Tr key={`${change.statusChangeDate}-${index}`}>
            <Table.Td>{f.dateTime(change.statusChangeDate)}</Table.Td>
            <Table.Td>{t(`tstatus.${change.status}`)}</Table.Td>
            <Table.Td>{change.statusChangeReason ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `/x/telecom/tickets/<id>`: one trouble ticket, its SLA, escalation level, moves and history. */
export default function TicketScreen({ params }: ScreenProps) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useTelecomApi();
  const ticket = useQuery(api.troubleTicket.get.queryOptions({ id: params.id ?? '' }));
  return (
    <PluginRecordScreen
      query={ticket}
      back={{ href: '/x/telecom/tickets', label: t('ticket.back') }}
      title={(tk) => tk.name}
      status={(tk) => (
        <>
          <TicketStatusBadge status={tk.status} />
          <SeverityBadge severity={tk.severity} />
        </>
      )}
      actions={(tk) => <TicketMoves ticket={tk} />}
      description={(tk) => tk.description}
      facts={(tk) => {
        const client = ticketClient(tk);
        const manager = tk.relatedParty.find((p) => p.role === 'accountManager')?.partyOrPartyRole;
        const line = tk.relatedEntity.find((e) => e.role === 'affectedProduct')?.entity;
        return [
          {
            label: t('ticket.client'),
            value: client ? <AppLink href={`/accounts/${client.id}`}>{client.name}</AppLink> : '—',
          },
          { label: t('ticket.accountManager'), value: manager?.name ?? '—' },
          { label: t('ticket.product'), value: line?.name ?? '—' },
          {
            label: t('ticket.type'),
            value:
              tk.ticketType === 'incident' || tk.ticketType === 'complaint' || tk.ticketType === 'request'
                ? t(`ttype.${tk.ticketType}`)
                : tk.ticketType,
          },
          { label: t('ticket.created.at'), value: f.dateTime(tk.creationDate) },
          { label: t('ticket.due'), value: f.dateTime(tk.expectedResolutionDate) },
          { label: t('ticket.sla'), value: <SlaTimer ticket={tk} /> },
          { label: t('ticket.escalation'), value: tk.escalationLevel, testId: 'ticket-escalation' },
          { label: t('ticket.resolvedAt'), value: f.dateTime(tk.resolutionDate ?? null) },
        ];
      }}
    >
      {(tk) => (
        <>
          <Title order={2} size="h4">
            {t('ticket.history')}
          </Title>
          <History ticket={tk} />
        </>
      )}
    </PluginRecordScreen>
  );
}
