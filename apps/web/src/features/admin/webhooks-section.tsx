import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { Loaded } from './admin-query.js';
import { WebhookForm } from './webhook-form.js';
import { WebhookList } from './webhook-list.js';
import { WebhookSecret } from './webhook-secret.js';

/** Webhook subscriptions of the workspace: create, manage, and each one's delivery log. */
export function WebhooksSection() {
  const { t } = useTranslation();
  const hooks = useQuery(trpc.webhooks.list.queryOptions({}));
  const [shown, setShown] = useState<{ url: string; secret: string } | null>(null);
  return (
    <Stack>
      <Text size="sm">{t('hooks.intro')}</Text>
      <WebhookForm onCreated={(created) => setShown({ url: created.url, secret: created.secret })} />
      {shown && <WebhookSecret {...shown} onDismiss={() => setShown(null)} />}
      <Loaded query={hooks}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('hooks.empty')}</Text>
          ) : (
            <WebhookList
              items={data.items}
              onSecret={(rotated) => setShown({ url: rotated.url, secret: rotated.secret })}
            />
          )
        }
      </Loaded>
    </Stack>
  );
}
