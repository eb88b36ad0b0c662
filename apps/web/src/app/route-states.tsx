import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { ButtonLink } from '../lib/links.js';
import { type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors.js';
import { errorMessage } from '../lib/server-errors.js';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Stack align="center">
        <Title order={1}>{t('errors.notFound')}</Title>
        <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>
      </Stack>
    </Center>
  );
}

/** A page the session's role may not use: said plainly, with the way home (the server refuses anyway). */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Stack align="center" data-testid="forbidden">
        <Title order={1}>{t('errors.forbidden')}</Title>
        <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>
      </Stack>
    </Center>
  );
}

/** A failed call shown in place: the server's message (already safe to show) and a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const described = describeError(error);
  const title =
    described.code === 'NOT_FOUND'
      ? t('record.notFound')
      : described.code === 'FORBIDDEN'
        ? t('errors.forbidden')
        : described.code === 'NETWORK'
          ? t('errors.network')
          : t('errors.generic');
  return (
    <Alert color="red" title={title} role="alert" data-testid="error-state">
      {described.code !== 'NOT_FOUND' && <Text size="sm">{errorMessage(t, described)}</Text>}
      {onRetry && (
        <Button mt="sm" size="xs" variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return <ErrorState error={error} onRetry={reset} />;
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih={200} aria-busy="true">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
