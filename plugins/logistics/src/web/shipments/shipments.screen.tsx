import { Button, Group, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import {
  AppLink,
  EmptyState,
  ErrorState,
  keepPreviousData,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { shipmentTexts } from '../shipments-texts.js';
import { isShipmentStatus, shipmentStatuses, type ShipmentStatus } from '../types.js';
import { ShipmentStatusBadge } from './common.js';
import { CreateShipmentDialog } from './create-shipment-dialog.js';
import { ShipmentMoves } from './shipment-moves.js';

/** `/x/logistics/shipments`: shipments, newest first, by status, with the moves allowed now. */
export default function ShipmentsScreen() {
  const t = useTexts(shipmentTexts);
  const f = useFormat();
  const api = useLogisticsApi();
  const [status, setStatus] = useState<ShipmentStatus | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const shipments = useQuery({
    ...api.shipments.list.queryOptions({ limit: 200, ...(status === 'all' ? {} : { status }) }),
    placeholderData: keepPreviousData,
  });
  const vehicles = useQuery(api.vehicles.list.queryOptions({ limit: 200 }));
  const plate = new Map((vehicles.data?.items ?? []).map((v) => [v.id, v.plateNumber]));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('shipments.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('form.newShipment')}</Button>
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('shipments.statusFilter')}
          value={status}
          onChange={(v) => setStatus(isShipmentStatus(v) ? v : 'all')}
          data={[
            { value: 'all', label: t('common.all') },
            ...shipmentStatuses.map((s) => ({ value: s, label: t(`sstatus.${s}`) })),
          ]}
        />
      </Group>
      {shipments.isPending ? (
        <LoadingState />
      ) : shipments.isError ? (
        <ErrorState error={shipments.error} onRetry={() => void shipments.refetch()} />
      ) : shipments.data.items.length === 0 ? (
        <EmptyState message={t('shipments.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table data-testid="shipments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shipment.number')}</Table.Th>
                <Table.Th>{t('shipment.cargo')}</Table.Th>
                <Table.Th ta="right">{t('shipment.weightKg')}</Table.Th>
                <Table.Th>{t('route.stops')}</Table.Th>
                <Table.Th>{t('shipment.vehicle')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shipments.data.items.map((s) => (
                <Table.Tr key={s.id} data-testid={`shipment-row-${s.number}`}>
                  <Table.Td>
                    <AppLink href={`/x/logistics/shipments/${s.id}`}>{s.number}</AppLink>
                  </Table.Td>
                  <Table.Td>{s.cargo}</Table.Td>
                  <Table.Td ta="right">{f.number(s.weightKg)}</Table.Td>
                  <Table.Td>
                    {s.stops[0]?.place ?? '—'} → {s.stops[s.stops.length - 1]?.place ?? '—'}
                  </Table.Td>
                  <Table.Td>{s.vehicleId ? (plate.get(s.vehicleId) ?? '…') : '—'}</Table.Td>
                  <Table.Td>
                    <ShipmentStatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td>
                    <ShipmentMoves shipment={s} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <CreateShipmentDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
