import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { describeError } from '../../lib/errors.js';
import { AnchorLink } from '../../lib/links.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { AuthCard, FormAlert } from './auth-card.js';

/**
 * `/reset-password/<token>`, the page the reset e-mail opens: a new password, then the app, signed in
 * (every other session has ended). A used or expired link says so and offers a new one.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/reset-password/$token' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState(false);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: '/' });
      },
      onError: (error) => {
        if (describeError(error).code === 'NOT_FOUND') setInvalid(true);
        else errors.set(error);
      },
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    reset.mutate({ token, password });
  };
  if (invalid) {
    return (
      <AuthCard title={t('passwordReset.resetTitle')}>
        <Stack>
          <Alert color="red" role="alert">
            {t('passwordReset.invalid')}
          </Alert>
          <AnchorLink to="/forgot-password">{t('passwordReset.askAgain')}</AnchorLink>
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('passwordReset.resetTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={errors.general} />
          <PasswordInput
            label={t('passwordReset.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.field('password')}
          />
          <Text size="sm" c="dimmed">
            {t('passwordReset.signsOutElsewhere')}
          </Text>
          <Button type="submit" loading={reset.isPending}>
            {t('passwordReset.save')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
