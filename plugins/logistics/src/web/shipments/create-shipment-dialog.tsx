import {
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { fieldErrorsByPath, StopsEditor, stopKey, type StopDraft } from '../forms/stops-editor.js';
import { shipmentTexts } from '../shipments-texts.js';
import type { CreateShipment } from '../types.js';
import { useShipmentRefresh } from './use-shipment-refresh.js';

interface ShipmentStopDraft extends StopDraft {
  /** `datetime-local` values (the user's time zone). */
  plannedArrivalAt: string;
  plannedDepartureAt: string;
}

const blank = (kind: StopDraft['kind']): ShipmentStopDraft => ({
  key: stopKey(),
  kind,
  place: '',
  plannedArrivalAt: '',
  plannedDepartureAt: '',
});

/** A `datetime-local` value as an ISO instant, or nothing when empty. */
const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/**
 * A planned shipment for a client: on a route (its stops are copied, timed from the planned start) or
 * with its own stops in order. The API's problems sit on their fields, a stop's on that stop.
 */
export function CreateShipmentDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const refresh = useShipmentRefresh();
  const errors = useFieldErrors();
  const [number, setNumber] = useState('');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [cargo, setCargo] = useState('');
  const [weightKg, setWeight] = useState<number | ''>('');
  const [volumeM3, setVolume] = useState<number | ''>('');
  const [mode, setMode] = useState<'route' | 'stops'>('route');
  const [routeId, setRouteId] = useState<string | null>(null);
  const [plannedStartAt, setStart] = useState('');
  const [stops, setStops] = useState<ShipmentStopDraft[]>([blank('pickup'), blank('delivery')]);
  const accounts = useQuery(api.accounts.options.queryOptions({ limit: 100 }));
  const routes = useQuery(api.routes.list.queryOptions({ limit: 200 }));
  const create = useMutation(
    api.shipments.create.mutationOptions({
      onSuccess: async (shipment) => {
        notifications.show({
          color: 'teal',
          message: t('form.shipmentCreated', { number: shipment.number }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    const start = instant(plannedStartAt);
    const body: CreateShipment = {
      number,
      accountId: accountId ?? '',
      cargo,
      weightKg: weightKg === '' ? Number.NaN : weightKg, // NaN goes as null: the API names the field
      ...(volumeM3 === '' ? {} : { volumeM3 }),
      ...(mode === 'route'
        ? { ...(routeId ? { routeId } : {}), ...(start ? { plannedStartAt: start } : {}) }
        : {
            stops: stops.map((stop) => {
              const arrival = instant(stop.plannedArrivalAt);
              const departure = instant(stop.plannedDepartureAt);
              return {
                kind: stop.kind,
                place: stop.place,
                ...(arrival ? { plannedArrivalAt: arrival } : {}),
                ...(departure ? { plannedDepartureAt: departure } : {}),
              };
            }),
          }),
    };
    create.mutate(body);
  };
  const shown = [
    'number',
    'accountId',
    'cargo',
    'weightKg',
    'volumeM3',
    'routeId',
    'plannedStartAt',
    'stops',
  ];
  const { at } = fieldErrorsByPath(errors.fields);
  // Without a route and in route mode, "stops are required" is about the missing route.
  const routeError = at('routeId') ?? (mode === 'route' ? at('stops') : undefined);
  return (
    <Modal opened onClose={onClose} title={t('form.newShipment')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('shipment.number')}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={at('number')}
              withAsterisk
              data-autofocus
            />
            <Select
              label={t('shipment.account')}
              data={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={accountId}
              onChange={setAccountId}
              searchable
              withAsterisk
              error={at('accountId')}
            />
            <TextInput
              label={t('shipment.cargo')}
              value={cargo}
              onChange={(e) => setCargo(e.currentTarget.value)}
              error={at('cargo')}
              withAsterisk
            />
            <Group gap="xs" grow align="flex-start">
              <NumberInput
                label={t('shipment.weightKg')}
                value={weightKg}
                onChange={(v) => setWeight(typeof v === 'number' ? v : '')}
                min={1}
                allowDecimal={false}
                thousandSeparator=" "
                error={at('weightKg')}
                withAsterisk
              />
              <NumberInput
                label={t('shipment.volumeM3')}
                value={volumeM3}
                onChange={(v) => setVolume(typeof v === 'number' ? v : '')}
                min={0}
                decimalScale={1}
                error={at('volumeM3')}
              />
            </Group>
          </SimpleGrid>
          <SegmentedControl
            aria-label={t('form.stopsFrom')}
            value={mode}
            onChange={(v) => setMode(v === 'stops' ? 'stops' : 'route')}
            data={[
              { value: 'route', label: t('form.onRoute') },
              { value: 'stops', label: t('form.ownStops') },
            ]}
          />
          {mode === 'route' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('shipment.route')}
                data={(routes.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.code} · ${r.name}`,
                }))}
                value={routeId}
                onChange={setRouteId}
                searchable
                error={routeError}
              />
              <TextInput
                type="datetime-local"
                label={t('form.plannedStart')}
                value={plannedStartAt}
                onChange={(e) => setStart(e.currentTarget.value)}
                error={at('plannedStartAt')}
              />
            </SimpleGrid>
          ) : (
            <StopsEditor
              stops={stops}
              onChange={setStops}
              blank={() => blank('waypoint')}
              errors={errors.fields}
              times={(stop, index, update) => (
                <>
                  <TextInput
                    type="datetime-local"
                    label={t('stop.plannedArrival')}
                    value={stop.plannedArrivalAt}
                    onChange={(e) => update({ plannedArrivalAt: e.currentTarget.value })}
                    error={at(`stops.${index}.plannedArrivalAt`)}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('stop.plannedDeparture')}
                    value={stop.plannedDepartureAt}
                    onChange={(e) => update({ plannedDepartureAt: e.currentTarget.value })}
                    error={at(`stops.${index}.plannedDepartureAt`)}
                  />
                </>
              )}
            />
          )}
          <FormFooter
            errors={errors}
            shown={shown}
            submitLabel={t('form.create')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
