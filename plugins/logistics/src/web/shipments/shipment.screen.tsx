import { Group, Table, Title } from '@mantine/core';
import {
  AppLink,
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
import { shipmentTexts } from '../shipments-texts.js';
import type { Shipment, ShipmentEvent } from '../types.js';
import { Deviation, PdfLink, ShipmentStatusBadge } from './common.js';
import { ShipmentMoves } from './shipment-moves.js';
import { StopEventButton } from './stop-event.js';

/** Each stop in order: planned and actual arrival and departure, the deviation, and the next event. */
function Stops({ shipment }: { shipment: Shipment }) {
  const t = useTexts(shipmentTexts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table data-testid="shipment-stops">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stop.sequence')}</Table.Th>
            <Table.Th>{t('stop.place')}</Table.Th>
            <Table.Th>{t('stop.kind')}</Table.Th>
            <Table.Th>{t('stop.plannedArrival')}</Table.Th>
            <Table.Th>{t('stop.actualArrival')}</Table.Th>
            <Table.Th>{t('stop.deviation')}</Table.Th>
            <Table.Th>{t('stop.plannedDeparture')}</Table.Th>
            <Table.Th>{t('stop.actualDeparture')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shipment.stops.map((stop) => (
            <Table.Tr key={stop.sequence} data-testid={`stop-${stop.sequence}`}>
              <Table.Td>{stop.sequence}</Table.Td>
              <Table.Td>{stop.place}</Table.Td>
              <Table.Td>{t(`skind.${stop.kind}`)}</Table.Td>
              <Table.Td>{f.dateTime(stop.plannedArrivalAt)}</Table.Td>
              <Table.Td>{f.dateTime(stop.actualArrivalAt)}</Table.Td>
              <Table.Td data-testid="stop-deviation">
                <Deviation planned={stop.plannedArrivalAt} actual={stop.actualArrivalAt} />
              </Table.Td>
              <Table.Td>{f.dateTime(stop.plannedDepartureAt)}</Table.Td>
              <Table.Td>{f.dateTime(stop.actualDepartureAt)}</Table.Td>
              <Table.Td data-testid="stop-status">{t(`sstop.${stop.status}`)}</Table.Td>
              <Table.Td>
                <StopEventButton shipment={shipment} stop={stop} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function History({ items }: { items: ShipmentEvent[] }) {
  const t = useTexts(shipmentTexts);
  const f = useFormat();
  if (items.length === 0) return <EmptyState message={t('shipment.historyEmpty')} />;
  const what = (e: ShipmentEvent) => {
    if (e.kind === 'created') return t('event.created');
    if (e.kind === 'status')
      return t('event.status', {
        from: e.fromStatus ? t(`sstatus.${e.fromStatus}`) : '—',
        to: e.toStatus ? t(`sstatus.${e.toStatus}`) : '—',
      });
    return t(e.kind === 'arrived' ? 'event.arrived' : 'event.departed', { sequence: e.stopSequence ?? '' });
  };
  return (
    <Table data-testid="shipment-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('event.at')}</Table.Th>
          <Table.Th>{t('event.what')}</Table.Th>
          <Table.Th>{t('shipment.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{f.dateTime(e.at)}</Table.Td>
            <Table.Td>{what(e)}</Table.Td>
            <Table.Td>{e.reason ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `/x/logistics/shipments/<id>`: cargo, vehicle, stops plan vs actual, moves, waybill and history. */
export default function ShipmentScreen({ params }: ScreenProps) {
  const t = useTexts(shipmentTexts);
  const f = useFormat();
  const api = useLogisticsApi();
  const id = params.id ?? '';
  const shipment = useQuery(api.shipments.get.queryOptions({ id }));
  const history = useQuery(api.shipments.history.queryOptions({ id }));
  const vehicleId = shipment.data?.vehicleId ?? null;
  const vehicle = useQuery({
    ...api.vehicles.get.queryOptions({ id: vehicleId ?? '' }),
    enabled: vehicleId !== null,
  });
  const routeId = shipment.data?.routeId ?? null;
  const route = useQuery({
    ...api.routes.get.queryOptions({ id: routeId ?? '' }),
    enabled: routeId !== null,
  });
  return (
    <PluginRecordScreen
      query={shipment}
      back={{ href: '/x/logistics/shipments', label: t('shipment.back') }}
      title={(s) => s.number}
      status={(s) => <ShipmentStatusBadge status={s.status} />}
      actions={(s) => (
        <Group>
          <PdfLink href={`/api/v1/logistics/shipments/${s.id}/waybill.pdf`} label={t('shipment.waybill')} />
          <ShipmentMoves shipment={s} />
        </Group>
      )}
      facts={(s) => [
        { label: t('shipment.cargo'), value: s.cargo },
        { label: t('shipment.weightKg'), value: f.number(s.weightKg) },
        { label: t('shipment.volumeM3'), value: f.number(s.volumeM3) },
        {
          label: t('shipment.account'),
          value: <AppLink href={`/accounts/${s.accountId}`}>{t('shipment.openAccount')}</AppLink>,
        },
        {
          label: t('shipment.vehicle'),
          value: vehicle.data ? (
            <AppLink href={`/x/logistics/vehicles/${vehicle.data.id}`}>{vehicle.data.plateNumber}</AppLink>
          ) : (
            '—'
          ),
        },
        {
          label: t('shipment.route'),
          value: route.data ? (
            <AppLink href={`/x/logistics/routes/${route.data.id}`}>
              {route.data.code} · {route.data.name}
            </AppLink>
          ) : (
            '—'
          ),
        },
        { label: t('shipment.dispatchedAt'), value: f.dateTime(s.dispatchedAt) },
        { label: t('shipment.deliveredAt'), value: f.dateTime(s.deliveredAt) },
        ...(s.statusReason ? [{ label: t('shipment.reason'), value: s.statusReason }] : []),
      ]}
    >
      {(s) => (
        <>
          <Title order={2} size="h4">
            {t('shipment.stops')}
          </Title>
          <Stops shipment={s} />
          <Title order={2} size="h4">
            {t('shipment.history')}
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
