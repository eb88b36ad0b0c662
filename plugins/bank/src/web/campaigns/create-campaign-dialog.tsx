import { Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { isProductType, productTypes, type ProductType } from '../types.js';

/** A draft campaign: its name, the product it offers, the holdout share and the response window. */
export function CreateCampaignDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [productType, setProductType] = useState<ProductType>('credit_card');
  const [holdout, setHoldout] = useState<number | string>(10);
  const [windowDays, setWindowDays] = useState<number | string>(30);
  const create = useMutation(
    api.campaigns.create.mutationOptions({
      onSuccess: async (campaign) => {
        notifications.show({ color: 'teal', message: t('campaign.created', { name: campaign.name }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.campaigns.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('campaigns.add')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate({
            name,
            productType,
            holdoutPercent: Number(holdout),
            responseWindowDays: Number(windowDays),
          });
        }}
      >
        <Stack>
          <TextInput
            label={t('campaign.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field('name')}
            required
            data-autofocus
          />
          <Select
            label={t('campaign.product')}
            data={productTypes.map((type) => ({ value: type, label: t(`productType.${type}`) }))}
            value={productType}
            onChange={(value) => isProductType(value) && setProductType(value)}
            error={errors.field('productType')}
            allowDeselect={false}
          />
          <NumberInput
            label={t('campaign.holdout')}
            value={holdout}
            onChange={setHoldout}
            error={errors.field('holdoutPercent')}
          />
          <NumberInput
            label={t('campaign.window')}
            value={windowDays}
            onChange={setWindowDays}
            error={errors.field('responseWindowDays')}
          />
          <FormFooter
            errors={errors}
            shown={['name', 'productType', 'holdoutPercent', 'responseWindowDays']}
            submitLabel={t('common.create')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
