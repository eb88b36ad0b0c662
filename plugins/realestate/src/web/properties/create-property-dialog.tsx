import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import { isPropertyType, propertyTypes, type CreateProperty, type PropertyType } from '../types.js';

type NumberField = 'ListPrice' | 'LivingArea' | 'RoomsTotal' | 'EntryLevel' | 'StoriesTotal';
const numberFields: readonly NumberField[] = [
  'ListPrice',
  'LivingArea',
  'RoomsTotal',
  'EntryLevel',
  'StoriesTotal',
];

interface FormState {
  UnparsedAddress: string;
  City: string;
  MLSAreaMajor: string;
  UnitNumber: string;
  PropertyType: PropertyType;
  numbers: Record<NumberField, number | string>;
}

const optional = (value: string) => (value.trim() ? value.trim() : null);
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

function toInput(form: FormState): CreateProperty {
  return {
    UnparsedAddress: form.UnparsedAddress,
    City: form.City,
    MLSAreaMajor: optional(form.MLSAreaMajor),
    UnitNumber: optional(form.UnitNumber),
    PropertyType: form.PropertyType,
    ListPrice: numberOrNull(form.numbers.ListPrice),
    LivingArea: numberOrNull(form.numbers.LivingArea),
    RoomsTotal: numberOrNull(form.numbers.RoomsTotal),
    EntryLevel: numberOrNull(form.numbers.EntryLevel),
    StoriesTotal: numberOrNull(form.numbers.StoriesTotal),
  };
}

/** Takes in an object (Unverified; the district is normalised and duplicates are checked by the API). */
export function CreatePropertyDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<FormState>({
    UnparsedAddress: '',
    City: '',
    MLSAreaMajor: '',
    UnitNumber: '',
    PropertyType: 'Residential',
    numbers: { ListPrice: '', LivingArea: '', RoomsTotal: '', EntryLevel: '', StoriesTotal: '' },
  });
  const text = (key: 'UnparsedAddress' | 'City' | 'MLSAreaMajor' | 'UnitNumber') => ({
    label: t(`field.${key}`),
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((c) => ({ ...c, [key]: value }));
    },
    error: errors.field(key),
  });
  const create = useMutation(
    api.properties.create.mutationOptions({
      onSuccess: async (created) => {
        notifications.show({ color: 'teal', message: t('properties.created', { id: created.ListingId }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.properties.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('properties.add')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate(toInput(form));
        }}
      >
        <Stack>
          <TextInput {...text('UnparsedAddress')} required data-autofocus />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...text('City')} required />
            <TextInput {...text('MLSAreaMajor')} />
            <TextInput {...text('UnitNumber')} />
          </SimpleGrid>
          <Select
            label={t('field.PropertyType')}
            data={propertyTypes.map((type) => ({ value: type, label: t(`type.${type}`) }))}
            value={form.PropertyType}
            onChange={(v) => isPropertyType(v) && setForm((c) => ({ ...c, PropertyType: v }))}
            error={errors.field('PropertyType')}
            allowDeselect={false}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {numberFields.map((key) => (
              <NumberInput
                key={key}
                label={t(`field.${key}`)}
                value={form.numbers[key]}
                onChange={(value) => setForm((c) => ({ ...c, numbers: { ...c.numbers, [key]: value } }))}
                error={errors.field(key)}
              />
            ))}
          </SimpleGrid>
          <FormFooter
            errors={errors}
            shown={['UnparsedAddress', 'City', 'MLSAreaMajor', 'UnitNumber', 'PropertyType', ...numberFields]}
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
