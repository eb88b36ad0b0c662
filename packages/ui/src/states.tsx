import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { describeError } from './errors.js';
import { defineTexts, useTexts } from './texts.js';

const texts = defineTexts({
  en: {
    loading: 'Loading…',
    notFound: 'Not found',
    forbidden: 'You do not have access to this',
    network: 'No connection to the server',
    generic: 'Something went wrong',
    retry: 'Try again',
    empty: 'Nothing here yet',
  },
  ru: {
    loading: 'Загрузка…',
    notFound: 'Не найдено',
    forbidden: 'Нет доступа',
    network: 'Нет связи с сервером',
    generic: 'Что-то пошло не так',
    retry: 'Повторить',
    empty: 'Здесь пока пусто',
  },
});

/** A spinner for a part of a screen that is loading. */
export function LoadingState() {
  const t = useTexts(texts);
  return (
    <Center mih={160} aria-busy="true">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}

/** A failed call shown in place: the kind of failure, the server's message and a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useTexts(texts);
  const described = describeError(error);
  const title =
    described.code === 'NOT_FOUND'
      ? t('notFound')
      : described.code === 'FORBIDDEN'
        ? t('forbidden')
        : described.code === 'NETWORK'
          ? t('network')
          : t('generic');
  return (
    <Alert color="red" title={title} role="alert" data-testid="error-state">
      {described.code !== 'NOT_FOUND' && <Text size="sm">{described.message}</Text>}
      {onRetry && (
        <Button mt="sm" size="xs" variant="light" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}

/** An empty list: what is missing, and optionally what to do about it. */
export function EmptyState({ message }: { message?: string }) {
  const t = useTexts(texts);
  return (
    <Text c="dimmed" py="md" data-testid="empty-state">
      {message ?? t('empty')}
    </Text>
  );
}
