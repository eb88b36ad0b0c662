import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { isProductType, productTypes, type CreateProduct, type ProductType } from '../types.js';

interface FormState {
  productType: ProductType;
  number: string;
  openedAt: string;
  currency: string;
  balance: string;
  creditLimit: string;
  interestRate: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The form's text fields as the API's input: amounts stay decimal strings, empty optional ones are left out. */
function toInput(planId: string, form: FormState): CreateProduct {
  return {
    planId,
    productType: form.productType,
    number: form.number,
    openedAt: form.openedAt,
    balance: form.balance.trim() || '0.00',
    ...(form.currency.trim() ? { currency: form.currency.trim().toUpperCase() } : {}),
    ...(form.creditLimit.trim() ? { creditLimit: form.creditLimit.trim() } : {}),
    ...(form.interestRate.trim() ? { interestRate: Number(form.interestRate.replace(',', '.')) } : {}),
  };
}

/** Records a product the client opened; the API's refusals appear on their fields. */
export function RecordProductDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<FormState>({
    productType: 'current_account',
    number: '',
    openedAt: today(),
    currency: '',
    balance: '',
    creditLimit: '',
    interestRate: '',
  });
  const set = (key: keyof FormState) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };
  const record = useMutation(
    api.products.create.mutationOptions({
      onSuccess: async (product) => {
        notifications.show({ color: 'teal', message: t('product.recorded', { number: product.number }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.products.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('products.add')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          record.mutate(toInput(planId, form));
        }}
      >
        <Stack>
          <Select
            label={t('product.type')}
            data={productTypes.map((type) => ({ value: type, label: t(`productType.${type}`) }))}
            value={form.productType}
            onChange={(value) => isProductType(value) && setForm((c) => ({ ...c, productType: value }))}
            error={errors.field('productType')}
            allowDeselect={false}
          />
          <ProductFields form={form} set={set} error={errors.field} />
          <FormFooter
            errors={errors}
            shown={[
              'productType',
              'number',
              'openedAt',
              'balance',
              'currency',
              'creditLimit',
              'interestRate',
            ]}
            submitLabel={t('common.create')}
            cancelLabel={t('common.cancel')}
            pending={record.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

interface ProductFieldsProps {
  form: FormState;
  set: (key: keyof FormState) => (event: { currentTarget: { value: string } }) => void;
  error: (field: string) => string | undefined;
}

function ProductFields({ form, set, error }: ProductFieldsProps) {
  const t = useTexts(texts);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('product.number')}
        value={form.number}
        onChange={set('number')}
        error={error('number')}
        required
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('product.openedAt')}
        value={form.openedAt}
        onChange={set('openedAt')}
        error={error('openedAt')}
        required
      />
      <TextInput
        label={t('product.balance')}
        value={form.balance}
        onChange={set('balance')}
        error={error('balance')}
      />
      <TextInput
        label={t('product.currency')}
        value={form.currency}
        onChange={set('currency')}
        error={error('currency')}
        placeholder="RUB"
      />
      <TextInput
        label={t('product.creditLimit')}
        value={form.creditLimit}
        onChange={set('creditLimit')}
        error={error('creditLimit')}
      />
      <TextInput
        label={t('product.rate')}
        value={form.interestRate}
        onChange={set('interestRate')}
        error={error('interestRate')}
      />
    </SimpleGrid>
  );
}
