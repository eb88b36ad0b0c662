import { Modal, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { listFieldError } from '../shared/form-error.js';
import { texts } from '../texts.js';
import type { District } from '../types.js';

/** Adds a district with its other names; the API refuses a name another district already has. */
export function AddDistrictDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [City, setCity] = useState('');
  const [aliases, setAliases] = useState<string[]>([]);
  const create = useMutation(
    api.districts.create.mutationOptions({
      onSuccess: async (created) => {
        notifications.show({ color: 'teal', message: t('districts.added', { name: created.name }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.districts.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('districts.add')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate({ name, City, aliases });
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('districts.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.field('name')}
              required
              data-autofocus
            />
            <TextInput
              label={t('field.City')}
              value={City}
              onChange={(event) => setCity(event.currentTarget.value)}
              error={errors.field('City')}
              required
            />
          </SimpleGrid>
          <TagsInput
            label={t('districts.aliases')}
            description={t('districts.aliasesHint')}
            value={aliases}
            onChange={setAliases}
            error={listFieldError(errors, 'aliases')}
          />
          <FormFooter
            errors={errors}
            shown={['name', 'City', 'aliases']}
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

/** Renames a district (the old name stays an alias; its objects show the new one). */
export function RenameDistrictDialog({ district, onClose }: { district: District; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState(district.name);
  const update = useMutation(
    api.districts.update.mutationOptions({
      onSuccess: async (saved) => {
        notifications.show({ color: 'teal', message: t('districts.saved', { name: saved.name }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.districts.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('districts.renameTitle', { name: district.name })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          update.mutate({ id: district.id, name, expectedVersion: district.version });
        }}
      >
        <Stack>
          <TextInput
            label={t('districts.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field('name')}
            required
            data-autofocus
          />
          <FormFooter
            errors={errors}
            shown={['name']}
            submitLabel={t('common.save')}
            cancelLabel={t('common.cancel')}
            pending={update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
