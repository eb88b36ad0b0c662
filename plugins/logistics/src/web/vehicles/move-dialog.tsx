import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import type { Vehicle, VehicleStatus } from '../types.js';
import { moveLabel } from './moves.js';
import { useVehicleRefresh } from './use-vehicle-refresh.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** `datetime-local` value (local time) some hours from now. */
function localInput(hoursAhead: number): string {
  const d = new Date(Date.now() + hoursAhead * 3_600_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface MoveDialogProps {
  vehicle: Vehicle;
  to: VehicleStatus;
  onClose: () => void;
}

/** Confirms a status change: a deadline to reserve, a reason to block, an optional comment otherwise. */
export function MoveDialog({ vehicle, to, onClose }: MoveDialogProps) {
  const t = useTexts(texts);
  const api = useLogisticsApi();
  const refresh = useVehicleRefresh();
  const errors = useFieldErrors();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(() => localInput(4));
  const move = useMutation(
    api.vehicles.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('vehicle.moved', { plate: moved.plateNumber, status: t(`status.${moved.status}`) }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const action = t(moveLabel(vehicle.status, to));
  const submit = () => {
    errors.clear();
    move.mutate({
      id: vehicle.id,
      to,
      expectedVersion: vehicle.version,
      reason: reason.trim() || null,
      ...(to === 'reserved' ? { reservedUntil: until ? new Date(until) : null } : {}),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('move.title', { action, plate: vehicle.plateNumber })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {to === 'reserved' && (
            <TextInput
              type="datetime-local"
              label={t('vehicle.reservedUntil')}
              value={until}
              onChange={(event) => setUntil(event.currentTarget.value)}
              error={errors.field('reservedUntil')}
              required
            />
          )}
          <Textarea
            label={t(to === 'blocked' ? 'move.reasonRequired' : 'move.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.field('reason')}
            required={to === 'blocked'}
            data-autofocus={to === 'reserved' ? undefined : true}
          />
          <FormFooter
            errors={errors}
            shown={to === 'reserved' ? ['reservedUntil', 'reason'] : ['reason']}
            submitLabel={t('move.submit')}
            cancelLabel={t('common.cancel')}
            pending={move.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
