import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { shipmentTexts } from '../shipments-texts.js';
import type { Shipment, ShipmentStatus } from '../types.js';
import { useShipmentRefresh } from './use-shipment-refresh.js';

function MoveDialog({
  shipment,
  to,
  onClose,
}: {
  shipment: Shipment;
  to: ShipmentStatus;
  onClose: () => void;
}) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const refresh = useShipmentRefresh();
  const errors = useFieldErrors();
  const [reason, setReason] = useState('');
  const [vehicleId, setVehicleId] = useState<string | null>(null);
  const free = useQuery({
    ...api.vehicles.list.queryOptions({ status: 'free', limit: 200 }),
    enabled: to === 'assigned',
  });
  const move = useMutation(
    api.shipments.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('shipment.moved', { number: moved.number, status: t(`sstatus.${moved.status}`) }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('shipment.moveTitle', { action: t(`smove.${to}`), number: shipment.number })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          move.mutate({
            id: shipment.id,
            to,
            expectedVersion: shipment.version,
            reason: reason.trim() || null,
            ...(to === 'assigned' ? { vehicleId } : {}),
          });
        }}
      >
        <Stack>
          {to === 'assigned' && (
            <Select
              label={t('shipment.chooseVehicle')}
              data={(free.data?.items ?? []).map((v) => ({
                value: v.id,
                label: `${v.plateNumber} · ${v.make} ${v.model} · ${v.payloadKg} kg`,
              }))}
              value={vehicleId}
              onChange={setVehicleId}
              searchable
              error={errors.field('vehicleId')}
              data-autofocus
            />
          )}
          <Textarea
            label={t(to === 'cancelled' ? 'shipment.reasonRequired' : 'shipment.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.field('reason')}
            data-autofocus={to === 'assigned' ? undefined : true}
          />
          <FormFooter
            errors={errors}
            shown={to === 'assigned' ? ['vehicleId', 'reason'] : ['reason']}
            submitLabel={t('common.confirm')}
            cancelLabel={t('common.cancel')}
            pending={move.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** One button per status the shipment may move to now (the API's `allowedTransitions`). */
export function ShipmentMoves({ shipment }: { shipment: Shipment }) {
  const t = useTexts(shipmentTexts);
  const [to, setTo] = useState<ShipmentStatus | null>(null);
  return (
    <Group gap="xs" wrap="nowrap">
      {shipment.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'cancelled' ? 'default' : 'light'}
          aria-label={`${t(`smove.${next}`)}: ${shipment.number}`}
          onClick={() => setTo(next)}
        >
          {t(`smove.${next}`)}
        </Button>
      ))}
      {to && <MoveDialog shipment={shipment} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
