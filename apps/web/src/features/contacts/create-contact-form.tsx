import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { CustomFieldsForm, useCustomFieldDrafts } from '../records/custom-fields-form.js';

export function CreateContactForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFieldErrors();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', phone: '', position: '' });
  const customFields = useCustomFieldDrafts('contact');
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const create = useMutation(
    trpc.contacts.create.mutationOptions({
      onSuccess: async (contact) => {
        onDone();
        await navigate({ to: '/contacts/$id', params: { id: contact.id } });
      },
      onError: errors.set,
    }),
  );
  const bind = (key: keyof typeof form, errorKey: string = key) => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [key]: value }));
    },
    error: errors.field(errorKey),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    create.mutate({
      firstName: form.firstName,
      lastName: form.lastName || null,
      emails: form.email ? [form.email] : [],
      phones: form.phone ? [form.phone] : [],
      position: form.position || null,
      customFields: customFields.values(drafts),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <TextInput label={t('fields.firstName')} required data-autofocus {...bind('firstName')} />
        <TextInput label={t('fields.lastName')} {...bind('lastName')} />
        <TextInput label={t('fields.email')} type="email" {...bind('email', 'emails.0')} />
        <TextInput label={t('fields.phone')} {...bind('phone', 'phones.0')} />
        <TextInput label={t('fields.position')} {...bind('position')} />
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
