import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { contactName } from '../contacts/contact-name.js';
import { CustomFieldsForm, useCustomFieldDrafts } from '../records/custom-fields-form.js';

interface CreateDealFormProps {
  pipeline: Pipeline;
  /** Pre-selects the deal's contact (the form opened from a contact). */
  contactId?: string;
  onDone: () => void;
}

export function CreateDealForm({ pipeline, contactId, onDone }: CreateDealFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const stages = [...pipeline.stages].sort((a, b) => a.position - b.position);
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('RUB');
  const [stageId, setStageId] = useState<string | null>(stages[0]?.id ?? null);
  const [contact, setContact] = useState<string | null>(contactId ?? null);
  const [contactSearch, setContactSearch] = useState('');
  const customFields = useCustomFieldDrafts('deal');
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const [term] = useDebouncedValue(contactSearch.trim(), 250);
  const contacts = useQuery(
    trpc.contacts.list.queryOptions({ limit: '20', ...(term.length > 1 ? { search: term } : {}) }),
  );
  const create = useMutation(
    trpc.deals.create.mutationOptions({
      onSuccess: async (deal) => {
        await queryClient.invalidateQueries({ queryKey: trpc.deals.list.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.pipelines.summary.queryKey() });
        onDone();
        if (contactId) await navigate({ to: '/deals/$id', params: { id: deal.id } });
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    create.mutate({
      title,
      amount: amount.trim() ? amount.trim().replace(',', '.').replace(/\s/g, '') : null,
      currency,
      pipelineId: pipeline.id,
      ...(stageId ? { stageId } : {}),
      ...(contact ? { contacts: [{ contactId: contact }] } : {}),
      customFields: customFields.values(drafts),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <TextInput
          label={t('fields.title')}
          required
          data-autofocus
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.field('title')}
        />
        <Group grow>
          <TextInput
            label={t('fields.amount')}
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={errors.field('amount')}
          />
          <Select
            label={t('fields.currency')}
            allowDeselect={false}
            value={currency}
            data={['RUB', 'USD', 'EUR', 'CNY', 'KZT']}
            onChange={(value) => setCurrency(value ?? 'RUB')}
          />
        </Group>
        <Select
          label={t('fields.stage')}
          allowDeselect={false}
          value={stageId}
          data={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
          onChange={setStageId}
          error={errors.field('stageId')}
        />
        <Select
          label={t('nav.contacts')}
          searchable
          clearable
          searchValue={contactSearch}
          onSearchChange={setContactSearch}
          filter={({ options }) => options}
          value={contact}
          data={(contacts.data?.items ?? []).map((item) => ({ value: item.id, label: contactName(item) }))}
          onChange={setContact}
          data-testid="deal-contact"
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
