import { Button, Group, SegmentedControl, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
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
import { texts } from '../texts.js';
import { isBodyType, vehicleStatuses, type VehicleStatus } from '../types.js';
import { CreateVehicleDialog } from './create-vehicle-dialog.js';
import { StatusBadge } from './status-badge.js';
import { VehicleMoves } from './vehicle-moves.js';

const isStatus = (value: string): value is VehicleStatus => vehicleStatuses.some((s) => s === value);

/** `/x/logistics/vehicles`: the fleet with each vehicle's status and the moves it allows now. */
export default function VehiclesScreen() {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useLogisticsApi();
  const [status, setStatus] = useState<VehicleStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [adding, setAdding] = useState(false);
  const vehicles = useQuery({
    ...api.vehicles.list.queryOptions({
      limit: 200,
      ...(status === 'all' ? {} : { status }),
      ...(debounced ? { search: debounced } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('fleet.title')}
        </Title>
        <Button onClick={() => setAdding(true)}>{t('fleet.add')}</Button>
      </Group>
      <Group>
        <TextInput
          aria-label={t('fleet.search')}
          placeholder={t('fleet.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          aria-label={t('fleet.statusFilter')}
          value={status}
          onChange={(value) => setStatus(isStatus(value) ? value : 'all')}
          data={[
            { value: 'all', label: t('fleet.all') },
            ...vehicleStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </Group>
      {vehicles.isPending ? (
        <LoadingState />
      ) : vehicles.isError ? (
        <ErrorState error={vehicles.error} onRetry={() => void vehicles.refetch()} />
      ) : vehicles.data.items.length === 0 ? (
        <EmptyState message={t('fleet.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="vehicles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vehicle.plate')}</Table.Th>
                <Table.Th>{t('vehicle.model')}</Table.Th>
                <Table.Th>{t('vehicle.bodyType')}</Table.Th>
                <Table.Th ta="right">{t('vehicle.payloadKg')}</Table.Th>
                <Table.Th>{t('vehicle.status')}</Table.Th>
                <Table.Th>{t('vehicle.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vehicles.data.items.map((vehicle) => (
                <Table.Tr key={vehicle.id} data-testid={`vehicle-row-${vehicle.plateNumber}`}>
                  <Table.Td>
                    <AppLink href={`/x/logistics/vehicles/${vehicle.id}`}>{vehicle.plateNumber}</AppLink>
                  </Table.Td>
                  <Table.Td>
                    {vehicle.make} {vehicle.model}
                  </Table.Td>
                  <Table.Td>
                    {isBodyType(vehicle.bodyType) ? t(`body.${vehicle.bodyType}`) : vehicle.bodyType}
                  </Table.Td>
                  <Table.Td ta="right">{f.number(vehicle.payloadKg)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={vehicle.status} />
                    {vehicle.status === 'reserved' && vehicle.reservedUntil && (
                      <> {f.dateTime(vehicle.reservedUntil)}</>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <VehicleMoves vehicle={vehicle} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <CreateVehicleDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}
