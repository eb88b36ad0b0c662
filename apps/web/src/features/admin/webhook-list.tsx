import { Badge, Button, Code, Group, Switch, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useErrorText } from '../../lib/server-errors.js';
import { WebhookDeliveries } from './webhook-deliveries.js';
import { WebhookEditDialog } from './webhook-edit-dialog.js';

type Webhook = Outputs['webhooks']['list']['items'][number];
type WithSecret = Outputs['webhooks']['rotateSecret'];

/** The subscriptions with their switches and actions; a row opens its delivery log below it. */
export function WebhookList({ items, onSecret }: { items: Webhook[]; onSecret: (w: WithSecret) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table withTableBorder data-testid="webhook-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('hooks.url')}</Table.Th>
          <Table.Th>{t('hooks.events')}</Table.Th>
          <Table.Th>{t('hooks.enabled')}</Table.Th>
          <Table.Th>{t('hooks.secret')}</Table.Th>
          <Table.Th>{t('hooks.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((hook) => (
          <Fragment key={hook.id}>
            <WebhookRow
              hook={hook}
              open={open === hook.id}
              onToggle={() => setOpen(open === hook.id ? null : hook.id)}
              onSecret={onSecret}
            />
            {open === hook.id && (
              <Table.Tr>
                <Table.Td colSpan={5} id={`deliveries-${hook.id}`}>
                  <WebhookDeliveries hook={hook} />
                </Table.Td>
              </Table.Tr>
            )}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function WebhookRow(props: {
  hook: Webhook;
  open: boolean;
  onToggle: () => void;
  onSecret: (w: WithSecret) => void;
}) {
  const { hook } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const errorText = useErrorText();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const update = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: refresh, onError }));
  const remove = useMutation(trpc.webhooks.delete.mutationOptions({ onSuccess: refresh, onError }));
  const rotate = useMutation(
    trpc.webhooks.rotateSecret.mutationOptions({
      onSuccess: async (rotated) => {
        props.onSecret(rotated);
        await refresh();
      },
      onError,
    }),
  );
  const test = useMutation(
    trpc.webhooks.test.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('hooks.testSent') });
        if (!props.open) props.onToggle();
        await refresh();
      },
      onError,
    }),
  );
  const confirm = (body: string, label: string, title: string, onConfirm: () => void) =>
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: label, cancel: t('hooks.cancel') },
      confirmProps: { color: 'red' },
      onConfirm,
    });
  return (
    <Table.Tr data-testid="webhook-row">
      <Table.Td>
        <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
          {hook.url}
        </Text>
        {hook.description && (
          <Text size="xs" c="dimmed">
            {hook.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {hook.events.map((type) => (
            <Badge key={type} color="gray.7" tt="none">
              {type}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Switch
          checked={hook.active}
          aria-label={t('hooks.enabledLabel', { url: hook.url })}
          onChange={(event) => update.mutate({ id: hook.id, active: event.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Code>{hook.secretHint}</Code>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            loading={test.isPending}
            onClick={() => test.mutate({ id: hook.id })}
          >
            {t('hooks.sendTest')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-expanded={props.open}
            aria-controls={`deliveries-${hook.id}`}
            onClick={props.onToggle}
          >
            {t('hooks.deliveries')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('hooks.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              confirm(t('hooks.rotateConfirm', { url: hook.url }), t('hooks.rotate'), t('hooks.rotate'), () =>
                rotate.mutate({ id: hook.id }),
              )
            }
          >
            {t('hooks.rotate')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() =>
              confirm(
                t('hooks.deleteConfirm', { url: hook.url }),
                t('hooks.delete'),
                t('hooks.deleteTitle'),
                () => remove.mutate({ id: hook.id }),
              )
            }
          >
            {t('hooks.delete')}
          </Button>
        </Group>
        {editing && <WebhookEditDialog hook={hook} onClose={() => setEditing(false)} />}
      </Table.Td>
    </Table.Tr>
  );
}
