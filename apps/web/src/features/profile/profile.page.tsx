import { Alert, Button, Card, PasswordInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { currentLanguage, languages, setLanguage } from '../../i18n/index.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { ActiveSessions } from './active-sessions.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const session = useSession();
  const errors = useFieldErrors();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setNew('');
        notifications.show({ color: 'green', message: t('profile.passwordChanged') });
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    change.mutate({ currentPassword, newPassword });
  };
  return (
    <Stack maw={520}>
      <Title order={1} size="h2">
        {t('profile.title')}
      </Title>
      <Card withBorder>
        <Text fw={600}>{session.user.name}</Text>
        <Text size="sm" c="dimmed">
          {session.user.email} · {session.tenant?.name}
        </Text>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs" id="language-label">
          {t('profile.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="language-label"
          value={currentLanguage()}
          data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          onChange={(value) => void setLanguage(value)}
          data-testid="language-switch"
        />
      </Card>
      <Card withBorder component="form" onSubmit={submit} noValidate>
        <Stack>
          <Text fw={600}>{t('profile.changePassword')}</Text>
          {errors.general && <Alert color="red">{errors.general}</Alert>}
          <PasswordInput
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={errors.field('currentPassword')}
          />
          <PasswordInput
            label={t('profile.newPassword')}
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNew(event.currentTarget.value)}
            error={errors.field('newPassword')}
          />
          <Button type="submit" loading={change.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </Card>
      <ActiveSessions />
    </Stack>
  );
}
