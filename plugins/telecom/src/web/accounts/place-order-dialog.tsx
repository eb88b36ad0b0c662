import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import { isOrderItemAction, orderItemActions, type OrderItemAction, type Product } from '../types.js';

interface Props {
  accountId: string;
  products: readonly Product[];
  onClose: () => void;
}

const item = (field: string) => `productOrderItem.0.${field}`;

/**
 * Places a TMF622 product order of one item: a new line on a tariff, a tariff change of a
 * subscription, or its disconnection. The API's `productOrderItem.0.*` errors sit on their fields.
 */
export function PlaceOrderDialog({ accountId, products, onClose }: Props) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const [action, setAction] = useState<OrderItemAction>('add');
  const [offeringId, setOfferingId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [serial, setSerial] = useState('');
  const [description, setDescription] = useState('');
  const offerings = useQuery(api.productOffering.list.queryOptions({ limit: 200 }));
  const orderable = (offerings.data?.items ?? []).filter(
    (o) => o.lifecycleStatus === 'Launched' || o.lifecycleStatus === 'Active',
  );
  const live = products.filter((p) => p.status === 'active' || p.status === 'suspended');
  const place = useMutation(
    api.productOrder.create.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('order.placed') });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    place.mutate({
      accountId,
      ...(description.trim() ? { description } : {}),
      productOrderItem: [
        {
          id: '1',
          action,
          ...(action !== 'delete' && offeringId ? { productOffering: { id: offeringId } } : {}),
          ...(action === 'add'
            ? serial.trim()
              ? { product: { productSerialNumber: serial } }
              : {}
            : productId
              ? { product: { id: productId } }
              : {}),
        },
      ],
    });
  };
  const shown = [
    item('action'),
    action === 'add' ? item('product.productSerialNumber') : item('product.id'),
    ...(action === 'delete' ? [] : [item('productOffering')]),
    'description',
  ];
  return (
    <Modal opened onClose={onClose} title={t('order.new')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select
            label={t('order.action')}
            data={orderItemActions.map((a) => ({ value: a, label: t(`iaction.${a}`) }))}
            value={action}
            onChange={(v) => isOrderItemAction(v) && setAction(v)}
            allowDeselect={false}
            error={errors.field(item('action'))}
          />
          {action !== 'add' && (
            <Select
              label={t('order.product')}
              data={live.map((p) => ({
                value: p.id,
                label: `${p.productSerialNumber} · ${p.productOffering.name}`,
              }))}
              value={productId}
              onChange={setProductId}
              error={errors.field(item('product.id'))}
            />
          )}
          {action === 'add' && (
            <TextInput
              label={t('order.serial')}
              placeholder="+79161234567"
              value={serial}
              onChange={(e) => setSerial(e.currentTarget.value)}
              error={errors.field(item('product.productSerialNumber'))}
            />
          )}
          {action !== 'delete' && (
            <Select
              label={t('order.offering')}
              data={orderable.map((o) => ({ value: o.id, label: o.name }))}
              value={offeringId}
              onChange={setOfferingId}
              searchable
              error={errors.field(item('productOffering'))}
            />
          )}
          <Textarea
            label={t('order.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.field('description')}
          />
          <FormFooter
            errors={errors}
            shown={shown}
            submitLabel={t('order.new')}
            cancelLabel={t('common.cancel')}
            pending={place.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
