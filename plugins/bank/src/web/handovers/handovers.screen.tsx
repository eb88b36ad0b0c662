import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Handover } from '../types.js';
import { StartHandoverDialog } from './start-handover-dialog.js';

function balances(handover: Handover): number {
  return handover.clients.reduce((sum, client) => sum + Number(client.balanceAtHandover), 0);
}

function HandoverRow({ handover, name }: { handover: Handover; name: string | undefined }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useBankApi();
  const queryClient = useQueryClient();
  const close = useMutation(
    api.handovers.close.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('handover.closed') });
        await queryClient.invalidateQueries({ queryKey: api.handovers.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  const lost = handover.clients.filter((client) => client.lostAt !== null).length;
  return (
    <Table.Tr>
      <Table.Td>{name ?? handover.departingUserId.slice(0, 8)}</Table.Td>
      <Table.Td>
        <StatusBadge status={handover.status} label={t(`handoverStatus.${handover.status}`)} />
      </Table.Td>
      <Table.Td>{f.date(handover.startedAt)}</Table.Td>
      <Table.Td>{handover.reason ?? '—'}</Table.Td>
      <Table.Td ta="right">{f.number(handover.clients.length)}</Table.Td>
      <Table.Td ta="right">{f.number(balances(handover))}</Table.Td>
      <Table.Td ta="right">{f.number(lost)}</Table.Td>
      <Table.Td>{t(handover.exportsFrozen ? 'handover.frozen' : 'handover.open')}</Table.Td>
      <Table.Td>
        {handover.status !== 'closed' && (
          <Button
            size="compact-sm"
            variant="light"
            loading={close.isPending}
            onClick={() => close.mutate({ id: handover.id })}
          >
            {t('handover.close')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** `/x/bank/handovers`: manager-departure handovers, the clients moved, losses and the export freeze. */
export default function HandoversScreen() {
  const t = useTexts(texts);
  const api = useBankApi();
  const handovers = useQuery(api.handovers.list.queryOptions({}));
  // Names of the members (the list keeps user ids); the caller is not among the candidates.
  const candidates = useQuery(api.handovers.candidates.queryOptions({}));
  const names = new Map((candidates.data?.items ?? []).map((c) => [c.userId, c.name]));
  const [starting, setStarting] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('handovers.title')}
        </Title>
        <Button onClick={() => setStarting(true)}>{t('handovers.start')}</Button>
      </Group>
      {handovers.isPending ? (
        <LoadingState />
      ) : handovers.isError ? (
        <ErrorState error={handovers.error} onRetry={() => void handovers.refetch()} />
      ) : handovers.data.items.length === 0 ? (
        <EmptyState message={t('handovers.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="bank-handovers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('handover.departing')}</Table.Th>
                <Table.Th>{t('handover.status')}</Table.Th>
                <Table.Th>{t('handover.started')}</Table.Th>
                <Table.Th>{t('handover.reason')}</Table.Th>
                <Table.Th ta="right">{t('handover.clients')}</Table.Th>
                <Table.Th ta="right">{t('handover.balance')}</Table.Th>
                <Table.Th ta="right">{t('handover.lost')}</Table.Th>
                <Table.Th>{t('handover.exports')}</Table.Th>
                <Table.Th>{t('handover.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {handovers.data.items.map((handover) => (
                <HandoverRow
                  key={handover.id}
                  handover={handover}
                  name={names.get(handover.departingUserId)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {starting && <StartHandoverDialog onClose={() => setStarting(false)} />}
    </Stack>
  );
}
