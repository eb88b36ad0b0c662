import { Button, Card, Checkbox, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { FormError } from '@crm/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inputs, Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';

export type CreatedWebhook = Outputs['webhooks']['create'];

const groups = ['account', 'contact', 'deal', 'activity'] as const;
type Group = (typeof groups)[number];
type Change = 'created' | 'updated' | 'deleted' | 'stage_changed';
export type EventType = Inputs['webhooks']['create']['events'][number];

function changesOf(group: Group): Change[] {
  const list: Change[] = ['created', 'updated', 'deleted'];
  return group === 'deal' ? [...list, 'stage_changed'] : list;
}

const allEvents: readonly string[] = groups.flatMap((group) => changesOf(group).map((c) => `${group}.${c}`));
export const isEventType = (value: string): value is EventType => allEvents.includes(value);

/** What the create form and the edit dialog both edit. */
export interface WebhookDraft {
  url: string;
  description: string;
  events: EventType[];
}

/** The fields with inputs of their own (the rest of a refusal shows above the buttons). */
export const webhookShown = ['url', 'description', 'events'];

/**
 * The fields of a subscription: URL, description, the events as checkboxes grouped by record type.
 * `fieldError` gives the API's problem with a field, shown next to it.
 */
export function WebhookFields({
  draft,
  onChange,
  fieldError,
}: {
  draft: WebhookDraft;
  onChange: (draft: WebhookDraft) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group align="flex-start" grow>
        <TextInput
          label={t('hooks.url')}
          description={t('hooks.urlHint')}
          placeholder="https://"
          required
          value={draft.url}
          error={fieldError('url')}
          onChange={(event) => onChange({ ...draft, url: event.currentTarget.value })}
        />
        <TextInput
          label={t('hooks.description')}
          value={draft.description}
          error={fieldError('description')}
          onChange={(event) => onChange({ ...draft, description: event.currentTarget.value })}
        />
      </Group>
      <Checkbox.Group
        label={t('hooks.events')}
        value={draft.events}
        error={fieldError('events')}
        onChange={(value) => onChange({ ...draft, events: value.filter(isEventType) })}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mt="xs">
          {groups.map((group) => (
            <Stack key={group} gap={4} role="group" aria-label={t(`hooks.eventGroups.${group}`)}>
              {changesOf(group).map((change) => (
                <Checkbox
                  key={change}
                  value={`${group}.${change}`}
                  label={`${t(`hooks.eventGroups.${group}`)}: ${t(`hooks.eventNames.${change}`)}`}
                />
              ))}
            </Stack>
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </>
  );
}

const emptyDraft: WebhookDraft = { url: '', description: '', events: ['deal.created', 'deal.updated'] };

/** The new-subscription form. */
export function WebhookForm({ onCreated }: { onCreated: (created: CreatedWebhook) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<WebhookDraft>(emptyDraft);
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: async (created) => {
        onCreated(created);
        setDraft((current) => ({ ...current, url: '', description: '' }));
        await queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Card withBorder component="section" aria-labelledby="new-webhook" data-testid="new-webhook">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate(draft);
        }}
      >
        <Stack>
          <Title order={2} size="h4" id="new-webhook">
            {t('hooks.newWebhook')}
          </Title>
          <WebhookFields draft={draft} onChange={setDraft} fieldError={errors.field} />
          <FormError errors={errors} shown={webhookShown} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('hooks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
