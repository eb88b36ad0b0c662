import { Alert, Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The signing secret right after create or rotate: the only time it is shown, with a copy button. */
export function WebhookSecret({
  url,
  secret,
  onDismiss,
}: {
  url: string;
  secret: string;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('hooks.secretTitle', { url })} data-testid="webhook-secret" role="status">
      {t('hooks.secretOnce')}
      <Code block my="xs" data-testid="webhook-secret-value">
        {secret}
      </Code>
      <Group>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('hooks.copied') : t('hooks.copy')}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="subtle" onClick={onDismiss}>
          {t('hooks.dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
