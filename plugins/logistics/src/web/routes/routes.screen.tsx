import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AppLink, EmptyState, ErrorState, keepPreviousData, LoadingState, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { formatMinutes } from '../shipments/common.js';
import { shipmentTexts } from '../shipments-texts.js';
import { CreateRouteDialog } from './create-route-dialog.js';

/** `/x/logistics/routes`: routes with their stops in order and the planned duration. */
export default function RoutesScreen() {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [creating, setCreating] = useState(false);
  const routes = useQuery({
    ...api.routes.list.queryOptions({ limit: 200, ...(debounced ? { search: debounced } : {}) }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('routes.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('form.newRoute')}</Button>
      </Group>
      <TextInput
        label={t('routes.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={320}
      />
      {routes.isPending ? (
        <LoadingState />
      ) : routes.isError ? (
        <ErrorState error={routes.error} onRetry={() => void routes.refetch()} />
      ) : routes.data.items.length === 0 ? (
        <EmptyState message={t('routes.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="routes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('route.code')}</Table.Th>
                <Table.Th>{t('route.name')}</Table.Th>
                <Table.Th>{t('route.stops')}</Table.Th>
                <Table.Th>{t('route.duration')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {routes.data.items.map((route) => {
                const last = route.stops[route.stops.length - 1];
                return (
                  <Table.Tr key={route.id} data-testid={`route-row-${route.code}`}>
                    <Table.Td>
                      <AppLink href={`/x/logistics/routes/${route.id}`}>{route.code}</AppLink>
                    </Table.Td>
                    <Table.Td>{route.name}</Table.Td>
                    <Table.Td>{route.stops.map((s) => s.place).join(' → ')}</Table.Td>
                    <Table.Td>{last ? formatMinutes(t, last.offsetMinutes) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <CreateRouteDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
