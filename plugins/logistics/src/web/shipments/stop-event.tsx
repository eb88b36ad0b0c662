import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { shipmentTexts } from '../shipments-texts.js';
import type { Shipment, ShipmentStop } from '../types.js';
import { useShipmentRefresh } from './use-shipment-refresh.js';

type StopEvent = 'arrived' | 'departed';

/** The event a stop waits for next, if the shipment is on its way and the stop before is left. */
export function nextStopEvent(shipment: Shipment, stop: ShipmentStop): StopEvent | null {
  if (shipment.status !== 'in_transit') return null;
  if (stop.status === 'arrived') return stop.sequence === shipment.stops.length ? null : 'departed';
  if (stop.status !== 'pending') return null;
  const previous = shipment.stops.find((s) => s.sequence === stop.sequence - 1);
  return !previous || previous.status === 'departed' ? 'arrived' : null;
}

/** Records the arrival at or departure from a stop, now or at a time given (never in the future). */
export function StopEventButton({ shipment, stop }: { shipment: Shipment; stop: ShipmentStop }) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const refresh = useShipmentRefresh();
  const errors = useFieldErrors();
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState('');
  const event = nextStopEvent(shipment, stop);
  const record = useMutation(
    api.shipments.recordStop.mutationOptions({
      onSuccess: async () => {
        notifications.show({
          color: 'teal',
          message: t('stop.recorded', { sequence: stop.sequence, event: t(`sstop.${event ?? 'arrived'}`) }),
        });
        setOpen(false);
        await refresh();
      },
      onError: errors.set,
    }),
  );
  if (!event) return null;
  const label = t(event === 'arrived' ? 'stop.arrive' : 'stop.depart');
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        aria-label={`${label}: ${stop.sequence}. ${stop.place}`}
        onClick={() => {
          errors.clear();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      {open && (
        <Modal
          opened
          onClose={() => setOpen(false)}
          title={t('stop.eventTitle', { event: label, sequence: stop.sequence, place: stop.place })}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              errors.clear();
              record.mutate({
                id: shipment.id,
                sequence: stop.sequence,
                event,
                ...(at ? { at: new Date(at).toISOString() } : {}),
              });
            }}
          >
            <Stack>
              <TextInput
                type="datetime-local"
                label={t('stop.at')}
                value={at}
                onChange={(e) => setAt(e.currentTarget.value)}
                error={errors.field('at')}
              />
              <FormFooter
                errors={errors}
                shown={['at']}
                submitLabel={t('common.confirm')}
                cancelLabel={t('common.cancel')}
                pending={record.isPending}
                onCancel={() => setOpen(false)}
              />
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
}
