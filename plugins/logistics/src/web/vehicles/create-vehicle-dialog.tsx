import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import { bodyTypes, isBodyType, type BodyType } from '../types.js';
import { useVehicleRefresh } from './use-vehicle-refresh.js';

/** Adds a vehicle to the fleet (it starts free); the API's field errors sit on their fields. */
export function CreateVehicleDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(texts);
  const api = useLogisticsApi();
  const refresh = useVehicleRefresh();
  const errors = useFieldErrors();
  const [plateNumber, setPlate] = useState('');
  const [make, setMake] = useState('');
  const [model, setModel] = useState('');
  const [bodyType, setBodyType] = useState<BodyType>('tent');
  const [payloadKg, setPayload] = useState<number | string>(20000);
  const create = useMutation(
    api.vehicles.create.mutationOptions({
      onSuccess: async (vehicle) => {
        notifications.show({ color: 'teal', message: t('vehicle.created', { plate: vehicle.plateNumber }) });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    create.mutate({ plateNumber, make, model, bodyType, payloadKg: Number(payloadKg) });
  };
  return (
    <Modal opened onClose={onClose} title={t('fleet.add')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('vehicle.plate')}
              value={plateNumber}
              onChange={(e) => setPlate(e.currentTarget.value)}
              error={errors.field('plateNumber')}
              required
              data-autofocus
            />
            <Select
              label={t('vehicle.bodyType')}
              data={bodyTypes.map((type) => ({ value: type, label: t(`body.${type}`) }))}
              value={bodyType}
              onChange={(value) => isBodyType(value) && setBodyType(value)}
              allowDeselect={false}
              error={errors.field('bodyType')}
            />
            <TextInput
              label={t('vehicle.make')}
              value={make}
              onChange={(e) => setMake(e.currentTarget.value)}
              error={errors.field('make')}
              required
            />
            <TextInput
              label={t('vehicle.model')}
              value={model}
              onChange={(e) => setModel(e.currentTarget.value)}
              error={errors.field('model')}
              required
            />
            <NumberInput
              label={t('vehicle.payloadKg')}
              value={payloadKg}
              onChange={setPayload}
              min={1}
              max={100000}
              thousandSeparator=" "
              error={errors.field('payloadKg')}
              required
            />
          </SimpleGrid>
          <FormFooter
            errors={errors}
            shown={['plateNumber', 'bodyType', 'make', 'model', 'payloadKg']}
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
