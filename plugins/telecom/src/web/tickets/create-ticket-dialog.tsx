import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import {
  isTicketSeverity,
  ticketSeverities,
  type CreateTicket,
  type Product,
  type TicketSeverity,
} from '../types.js';

const ticketTypes = ['incident', 'complaint', 'request'] as const satisfies readonly NonNullable<
  CreateTicket['ticketType']
>[];
const channels = [
  'phone',
  'email',
  'web',
  'chat',
  'store',
  'monitoring',
] as const satisfies readonly NonNullable<CreateTicket['channel']>[];
type TicketType = (typeof ticketTypes)[number];
type Channel = (typeof channels)[number];
const isType = (v: string | null): v is TicketType => ticketTypes.some((x) => x === v);
const isChannel = (v: string | null): v is Channel => channels.some((x) => x === v);

interface Props {
  accountId: string;
  products: readonly Product[];
  onClose: () => void;
}

/** Opens a trouble ticket for the client (TMF621; the SLA follows from the severity). */
export function CreateTicketDialog({ accountId, products, onClose }: Props) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<TicketSeverity>('major');
  const [ticketType, setType] = useState<TicketType>('incident');
  const [channel, setChannel] = useState<Channel>('phone');
  const [productId, setProductId] = useState<string | null>(null);
  const create = useMutation(
    api.troubleTicket.create.mutationOptions({
      onSuccess: async (ticket) => {
        notifications.show({ color: 'teal', message: t('ticket.created', { name: ticket.name }) });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    create.mutate({
      accountId,
      name,
      severity,
      ticketType,
      channel,
      ...(description.trim() ? { description } : {}),
      ...(productId ? { productId } : {}),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('ticket.new')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('ticket.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.field('name')}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('ticket.severity')}
              data={ticketSeverities.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              value={severity}
              onChange={(v) => isTicketSeverity(v) && setSeverity(v)}
              allowDeselect={false}
              error={errors.field('severity')}
            />
            <Select
              label={t('ticket.type')}
              data={ticketTypes.map((s) => ({ value: s, label: t(`ttype.${s}`) }))}
              value={ticketType}
              onChange={(v) => isType(v) && setType(v)}
              allowDeselect={false}
              error={errors.field('ticketType')}
            />
            <Select
              label={t('ticket.channel')}
              data={channels.map((s) => ({ value: s, label: t(`channel.${s}`) }))}
              value={channel}
              onChange={(v) => isChannel(v) && setChannel(v)}
              allowDeselect={false}
              error={errors.field('channel')}
            />
          </SimpleGrid>
          <Select
            label={t('ticket.product')}
            placeholder={t('ticket.productNone')}
            data={products.map((p) => ({
              value: p.id,
              label: `${p.productSerialNumber} · ${p.productOffering.name}`,
            }))}
            value={productId}
            onChange={setProductId}
            clearable
            error={errors.field('productId')}
          />
          <Textarea
            label={t('ticket.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.field('description')}
            autosize
            minRows={3}
          />
          <FormFooter
            errors={errors}
            shown={['name', 'severity', 'ticketType', 'channel', 'productId', 'description']}
            submitLabel={t('ticket.new')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
