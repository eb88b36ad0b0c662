import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
  type ScreenProps,
} from '@crm/ui';
import type { ReactNode } from 'react';
import { useTelecomApi } from '../api.js';
import { SeverityBadge, TicketStatusBadge } from '../shared/badges.js';
import { SlaTimer } from '../shared/sla.js';
import { texts } from '../texts.js';
import type { Ticket } from '../types.js';
import { TicketMoves } from './ticket-moves.js';
import { ticketClient } from './ticket-table.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

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
  if (ticket.isPending) return <LoadingState />;
  if (ticket.isError) return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const tk = ticket.data;
  const client = ticketClient(tk);
  const manager = tk.relatedParty.find((p) => p.role === 'accountManager')?.partyOrPartyRole;
  const line = tk.relatedEntity.find((e) => e.role === 'affectedProduct')?.entity;
  return (
    <Stack>
      <AppLink href="/x/telecom/tickets" size="sm">
        {t('ticket.back')}
      </AppLink>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">
            {tk.name}
          </Title>
          <TicketStatusBadge status={tk.status} />
          <SeverityBadge severity={tk.severity} />
        </Group>
        <TicketMoves ticket={tk} />
      </Group>
      {tk.description && <Text>{tk.description}</Text>}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Fact label={t('ticket.client')}>
            {client ? <AppLink href={`/accounts/${client.id}`}>{client.name}</AppLink> : '—'}
          </Fact>
          <Fact label={t('ticket.accountManager')}>{manager?.name ?? '—'}</Fact>
          <Fact label={t('ticket.product')}>{line?.name ?? '—'}</Fact>
          <Fact label={t('ticket.type')}>
            {tk.ticketType === 'incident' || tk.ticketType === 'complaint' || tk.ticketType === 'request'
              ? t(`ttype.${tk.ticketType}`)
              : tk.ticketType}
          </Fact>
          <Fact label={t('ticket.created.at')}>{f.dateTime(tk.creationDate)}</Fact>
          <Fact label={t('ticket.due')}>{f.dateTime(tk.expectedResolutionDate)}</Fact>
          <Fact label={t('ticket.sla')}>
            <SlaTimer ticket={tk} />
          </Fact>
          <Fact label={t('ticket.escalation')}>
            <span data-testid="ticket-escalation">{tk.escalationLevel}</span>
          </Fact>
          <Fact label={t('ticket.resolvedAt')}>{f.dateTime(tk.resolutionDate ?? null)}</Fact>
        </SimpleGrid>
      </Paper>
      <Title order={2} size="h4">
        {t('ticket.history')}
      </Title>
      <History ticket={tk} />
    </Stack>
  );
}
