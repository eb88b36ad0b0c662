import { Badge, Button, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { useErrorText } from '../../lib/server-errors.js';
import { Loaded } from './admin-query.js';

type Webhook = Outputs['webhooks']['list']['items'][number];
type Delivery = Outputs['webhooks']['deliveries']['items'][number];

const statusColor: Record<Delivery['status'], string> = {
  pending: 'yellow.9',
  succeeded: 'teal.9',
  failed: 'red.9',
};

/** The delivery log of one subscription, refreshed while a delivery is pending; failed ones can be sent again. */
export function WebhookDeliveries({ hook }: { hook: Webhook }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const deliveries = useQuery({
    ...trpc.webhooks.deliveries.queryOptions({ id: hook.id }),
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 1000 : false),
  });
  const redeliver = useMutation(
    trpc.webhooks.redeliver.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('hooks.redelivered') });
        await queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.queryKey({ id: hook.id }) });
      },
      onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
    }),
  );
  return (
    <section aria-label={t('hooks.showDeliveries', { url: hook.url })} data-testid="webhook-deliveries">
      <Title order={3} size="h5" mb="xs">
        {t('hooks.showDeliveries', { url: hook.url })}
      </Title>
      <Loaded query={deliveries}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('hooks.noDeliveries')}
            </Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hooks.columns.event')}</Table.Th>
                  <Table.Th>{t('hooks.columns.status')}</Table.Th>
                  <Table.Th>{t('hooks.columns.attempts')}</Table.Th>
                  <Table.Th>{t('hooks.columns.response')}</Table.Th>
                  <Table.Th>{t('hooks.columns.time')}</Table.Th>
                  <Table.Th>{t('hooks.columns.error')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((delivery) => (
                  <Table.Tr key={delivery.id} data-testid="webhook-delivery">
                    <Table.Td>{delivery.eventType}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[delivery.status]}>
                        {t(`hooks.status.${delivery.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {delivery.attempts}
                      {delivery.attemptLog.length > 1 && (
                        <Text size="xs" data-testid="webhook-attempt-log">
                          {delivery.attemptLog
                            .map((a) => `${a.attempt}: ${a.responseStatus ?? a.error ?? '—'}`)
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{delivery.responseStatus ?? '—'}</Table.Td>
                    <Table.Td>{format.dateTime(delivery.lastAttemptAt ?? delivery.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{delivery.lastError ?? ''}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        disabled={delivery.status === 'pending'}
                        onClick={() => redeliver.mutate({ id: hook.id, deliveryId: delivery.id })}
                      >
                        {t('hooks.redeliver')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
    </section>
  );
}
