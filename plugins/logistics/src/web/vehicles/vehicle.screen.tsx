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
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import { isBodyType, type StatusChange } from '../types.js';
import { StatusBadge } from './status-badge.js';
import { VehicleMoves } from './vehicle-moves.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function History({ items }: { items: StatusChange[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  if (items.length === 0) return <EmptyState message={t('vehicle.historyEmpty')} />;
  return (
    <Table striped data-testid="vehicle-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vehicle.at')}</Table.Th>
          <Table.Th>{t('vehicle.from')}</Table.Th>
          <Table.Th>{t('vehicle.to')}</Table.Th>
          <Table.Th>{t('vehicle.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((change) => (
          <Table.Tr key={change.id}>
            <Table.Td>{f.dateTime(change.at)}</Table.Td>
            <Table.Td>{t(`status.${change.fromStatus}`)}</Table.Td>
            <Table.Td>{t(`status.${change.toStatus}`)}</Table.Td>
            <Table.Td>{change.reason ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `/x/logistics/vehicles/<id>`: one vehicle, the moves it allows now, and every status change. */
export default function VehicleScreen({ params }: ScreenProps) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useLogisticsApi();
  const id = params.id ?? '';
  const vehicle = useQuery(api.vehicles.get.queryOptions({ id }));
  const history = useQuery(api.vehicles.history.queryOptions({ id }));
  if (vehicle.isPending) return <LoadingState />;
  if (vehicle.isError) return <ErrorState error={vehicle.error} onRetry={() => void vehicle.refetch()} />;
  const v = vehicle.data;
  return (
    <Stack>
      <AppLink href="/x/logistics/vehicles" size="sm">
        {t('vehicle.back')}
      </AppLink>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">
            {v.plateNumber}
          </Title>
          <StatusBadge status={v.status} />
        </Group>
        <VehicleMoves vehicle={v} />
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Fact label={t('vehicle.model')}>
            {v.make} {v.model}
          </Fact>
          <Fact label={t('vehicle.bodyType')}>
            {isBodyType(v.bodyType) ? t(`body.${v.bodyType}`) : v.bodyType}
          </Fact>
          <Fact label={t('vehicle.payloadKg')}>{f.number(v.payloadKg)}</Fact>
          <Fact label={t('vehicle.ownership')}>{t(`own.${v.ownership}`)}</Fact>
          <Fact label={t('vehicle.year')}>{v.year ?? '—'}</Fact>
          <Fact label={t('vehicle.reservedUntil')}>{f.dateTime(v.reservedUntil)}</Fact>
          <Fact label={t('vehicle.reason')}>{v.statusReason ?? '—'}</Fact>
        </SimpleGrid>
      </Paper>
      <Title order={2} size="h4">
        {t('vehicle.history')}
      </Title>
      {history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <History items={history.data.items} />
      )}
    </Stack>
  );
}
