import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter } from '@crm/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { isEventType, WebhookFields, webhookShown, type WebhookDraft } from './webhook-form.js';

type Webhook = Outputs['webhooks']['list']['items'][number];

/** Edits a subscription's URL, description and events with the create form's fields. */
export function WebhookEditDialog({ hook, onClose }: { hook: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<WebhookDraft>({
    url: hook.url,
    description: hook.description,
    events: hook.events.filter(isEventType),
  });
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('hooks.saved') });
        await queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
        onClose();
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('hooks.editTitle', { url: hook.url })} size="xl">
      <form
        data-testid="edit-webhook"
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          update.mutate({ id: hook.id, ...draft });
        }}
      >
        <Stack>
          <WebhookFields draft={draft} onChange={setDraft} fieldError={errors.field} />
          <FormFooter
            errors={errors}
            shown={webhookShown}
            submitLabel={t('hooks.save')}
            cancelLabel={t('hooks.cancel')}
            pending={update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
