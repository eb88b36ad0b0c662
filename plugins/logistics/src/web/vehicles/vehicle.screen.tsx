import { Table, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PluginRecordScreen,
  useFormat,
  useQuery,
  useTexts,
  type ScreenProps,
} from '@crm/ui';
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import { isBodyType, type StatusChange } from '../types.js';
import { StatusBadge } from './status-badge.js';
import { VehicleMoves } from './vehicle-moves.js';

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
  return (
    <PluginRecordScreen
      query={vehicle}
      back={{ href: '/x/logistics/vehicles', label: t('vehicle.back') }}
      title={(v) => v.plateNumber}
      status={(v) => <StatusBadge status={v.status} />}
      actions={(v) => <VehicleMoves vehicle={v} />}
      facts={(v) => [
        { label: t('vehicle.model'), value: `${v.make} ${v.model}` },
        {
          label: t('vehicle.bodyType'),
          value: isBodyType(v.bodyType) ? t(`body.${v.bodyType}`) : v.bodyType,
        },
        { label: t('vehicle.payloadKg'), value: f.number(v.payloadKg) },
        { label: t('vehicle.ownership'), value: t(`own.${v.ownership}`) },
        { label: t('vehicle.year'), value: v.year ?? '—' },
        { label: t('vehicle.reservedUntil'), value: f.dateTime(v.reservedUntil) },
        { label: t('vehicle.reason'), value: v.statusReason ?? '—' },
      ]}
    >
      {() => (
        <>
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
        </>
      )}
    </PluginRecordScreen>
  );
}
