import { Checkbox, Group, SegmentedControl, Select, Stack, Title } from '@mantine/core';
import { EmptyState, ErrorState, keepPreviousData, LoadingState, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { texts } from '../texts.js';
import {
  isTicketSeverity,
  isTicketStatus,
  ticketSeverities,
  ticketStatuses,
  type TicketSeverity,
  type TicketStatus,
} from '../types.js';
import { TicketTable } from './ticket-table.js';

/** `/x/telecom/tickets`: every client's trouble tickets, by status, severity or past their SLA. */
export default function TicketsScreen() {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const [status, setStatus] = useState<TicketStatus | null>(null);
  const [severity, setSeverity] = useState<TicketSeverity | 'all'>('all');
  const [breached, setBreached] = useState(false);
  const tickets = useQuery({
    ...api.troubleTicket.list.queryOptions({
      limit: 200,
      ...(status ? { status } : {}),
      ...(severity === 'all' ? {} : { severity }),
      ...(breached ? { breached: 'true' } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('tickets.title')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('tickets.statusFilter')}
          placeholder={t('common.all')}
          data={ticketStatuses.map((s) => ({ value: s, label: t(`tstatus.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(isTicketStatus(v) ? v : null)}
          clearable
          w={220}
        />
        <SegmentedControl
          aria-label={t('tickets.severityFilter')}
          value={severity}
          onChange={(v) => setSeverity(isTicketSeverity(v) ? v : 'all')}
          data={[
            { value: 'all', label: t('common.all') },
            ...ticketSeverities.map((s) => ({ value: s, label: t(`severity.${s}`) })),
          ]}
        />
        <Checkbox
          label={t('tickets.breachedOnly')}
          checked={breached}
          onChange={(e) => setBreached(e.currentTarget.checked)}
          mb={6}
        />
      </Group>
      {tickets.isPending ? (
        <LoadingState />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.data.items.length === 0 ? (
        <EmptyState message={t('tickets.empty')} />
      ) : (
        <TicketTable tickets={tickets.data.items} showClient />
      )}
    </Stack>
  );
}
