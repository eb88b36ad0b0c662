import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { CustomFieldsForm, useCustomFieldDrafts } from '../records/custom-fields-form.js';

export function CreateAccountForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [taxId, setTaxId] = useState('');
  const [industry, setIndustry] = useState('');
  const customFields = useCustomFieldDrafts('account');
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (account) => {
        onDone();
        await navigate({ to: '/accounts/$id', params: { id: account.id } });
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    create.mutate({
      name,
      taxId: taxId || null,
      industry: industry || null,
      customFields: customFields.values(drafts),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <TextInput
          label={t('fields.name')}
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.field('name')}
        />
        <TextInput
          label={t('fields.inn')}
          value={taxId}
          onChange={(e) => setTaxId(e.currentTarget.value)}
          error={errors.field('taxId')}
        />
        <TextInput
          label={t('fields.industry')}
          value={industry}
          onChange={(e) => setIndustry(e.currentTarget.value)}
          error={errors.field('industry')}
        />
        <CustomFieldsForm
          fields={customFields.visible}
          drafts={drafts}
          onChange={setDrafts}
          errorOf={errors.field}
        />
        <Button type="submit" loading={create.isPending}>
          {t('common.create')}
        </Button>
      </Stack>
    </form>
  );
}
