import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { ReasonDialog } from '../shared/reason-dialog.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import type { LifecycleStatus, Offering } from '../types.js';

function LifecycleDialog({
  offering,
  to,
  onClose,
}: {
  offering: Offering;
  to: LifecycleStatus;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const move = useMutation(
    api.productOffering.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('common.moved', { name: moved.name, status: t(`lifecycle.${moved.lifecycleStatus}`) }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  return (
    <ReasonDialog
      title={t('move.title', {
        action: t('lmove.to', { status: t(`lifecycle.${to}`) }),
        name: offering.name,
      })}
      reasonField="statusReason"
      errors={errors}
      pending={move.isPending}
      onClose={onClose}
      onSubmit={(reason) => {
        errors.clear();
        move.mutate({ id: offering.id, lifecycleStatus: to, ...(reason ? { statusReason: reason } : {}) });
      }}
    />
  );
}

/** The lifecycle moves the API allows for an offering now (In study → ... → Launched → Retired). */
export function OfferingMoves({ offering }: { offering: Offering }) {
  const t = useTexts(texts);
  const [to, setTo] = useState<LifecycleStatus | null>(null);
  return (
    <Group gap="xs">
      {offering.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'Rejected' || next === 'Retired' ? 'default' : 'light'}
          aria-label={`${t('lmove.to', { status: t(`lifecycle.${next}`) })}: ${offering.name}`}
          onClick={() => setTo(next)}
        >
          {t('lmove.to', { status: t(`lifecycle.${next}`) })}
        </Button>
      ))}
      {to && <LifecycleDialog offering={offering} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
