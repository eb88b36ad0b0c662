import { Table, Text, Title } from '@mantine/core';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PluginRecordScreen,
  useQuery,
  useTexts,
  type ScreenProps,
} from '@crm/ui';
import { useLogisticsApi } from '../api.js';
import { Deviation, formatMinutes, ShipmentStatusBadge } from '../shipments/common.js';
import { shipmentTexts } from '../shipments-texts.js';
import type { Route, Shipment } from '../types.js';

/** Per stop of the route: the planned arrival after the start, and each shipment's deviation there. */
function PlanVsActual({ route, shipments }: { route: Route; shipments: readonly Shipment[] }) {
  const t = useTexts(shipmentTexts);
  if (shipments.length === 0) return <EmptyState message={t('route.noShipments')} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withColumnBorders data-testid="route-plan-vs-actual">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stop.sequence')}</Table.Th>
            <Table.Th>{t('stop.place')}</Table.Th>
            <Table.Th>{t('route.planned')}</Table.Th>
            {shipments.map((s) => (
              <Table.Th key={s.id}>
                <AppLink href={`/x/logistics/shipments/${s.id}`}>{s.number}</AppLink>{' '}
                <ShipmentStatusBadge status={s.status} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {route.stops.map((stop) => (
            <Table.Tr key={stop.sequence}>
              <Table.Td>{stop.sequence}</Table.Td>
              <Table.Td>{stop.place}</Table.Td>
              <Table.Td>{formatMinutes(t, stop.offsetMinutes)}</Table.Td>
              {shipments.map((s) => {
                const visited = s.stops.find((x) => x.sequence === stop.sequence);
                return (
                  <Table.Td key={s.id}>
                    <Deviation planned={visited?.plannedArrivalAt} actual={visited?.actualArrivalAt} />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/x/logistics/routes/<id>`: the route's stops in order, and plan vs actual of its shipments. */
export default function RouteScreen({ params }: ScreenProps) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const id = params.id ?? '';
  const route = useQuery(api.routes.get.queryOptions({ id }));
  const shipments = useQuery(api.shipments.list.queryOptions({ limit: 200 }));
  return (
    <PluginRecordScreen
      query={route}
      back={{ href: '/x/logistics/routes', label: t('route.back') }}
      title={(r) => `${r.code} · ${r.name}`}
      description={(r) => r.notes}
    >
      {(r) => (
        <>
          <Table data-testid="route-stops">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stop.sequence')}</Table.Th>
                <Table.Th>{t('stop.place')}</Table.Th>
                <Table.Th>{t('stop.kind')}</Table.Th>
                <Table.Th>{t('stop.offset')}</Table.Th>
                <Table.Th>{t('stop.dwell')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.stops.map((stop) => (
                <Table.Tr key={stop.sequence}>
                  <Table.Td>{stop.sequence}</Table.Td>
                  <Table.Td>{stop.place}</Table.Td>
                  <Table.Td>{t(`skind.${stop.kind}`)}</Table.Td>
                  <Table.Td>{formatMinutes(t, stop.offsetMinutes)}</Table.Td>
                  <Table.Td>{formatMinutes(t, stop.dwellMinutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={2} size="h4">
            {t('route.planVsActual')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('route.planVsActualHint')}
          </Text>
          {shipments.isPending ? (
            <LoadingState />
          ) : shipments.isError ? (
            <ErrorState error={shipments.error} onRetry={() => void shipments.refetch()} />
          ) : (
            <PlanVsActual
              route={r}
              shipments={shipments.data.items
                .filter((s) => s.routeId === r.id && s.status !== 'planned' && s.status !== 'cancelled')
                .slice(0, 6)}
            />
          )}
        </>
      )}
    </PluginRecordScreen>
  );
}
