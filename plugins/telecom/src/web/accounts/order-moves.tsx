import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { ReasonDialog } from '../shared/reason-dialog.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import type { Order, OrderState } from '../types.js';

function OrderMoveDialog({ order, to, onClose }: { order: Order; to: OrderState; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const move = useMutation(
    api.productOrder.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('common.moved', { name: t('tab.orders'), status: t(`ostate.${moved.state}`) }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  return (
    <ReasonDialog
      title={t('order.move', { state: t(`ostate.${to}`) })}
      reasonRequired={to === 'assessingCancellation'}
      reasonField="reason"
      errors={errors}
      pending={move.isPending}
      onClose={onClose}
      onSubmit={(reason) => {
        errors.clear();
        move.mutate({ id: order.id, state: to, ...(reason ? { reason } : {}) });
      }}
    />
  );
}

/** The TMF622 states an order may move to now (completing applies its items to the subscriptions). */
export function OrderMoves({ order }: { order: Order }) {
  const t = useTexts(texts);
  const [to, setTo] = useState<OrderState | null>(null);
  return (
    <Group gap="xs">
      {order.allowedTransitions.map((next) => (
        <Button key={next} size="compact-sm" variant="light" onClick={() => setTo(next)}>
          {t('order.move', { state: t(`ostate.${next}`) })}
        </Button>
      ))}
      {to && <OrderMoveDialog order={order} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
