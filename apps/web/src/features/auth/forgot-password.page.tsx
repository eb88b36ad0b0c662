import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { AnchorLink } from '../../lib/links.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { AuthCard, FormAlert } from './auth-card.js';

/**
 * `/forgot-password`: asks for a reset link by e-mail. The answer reads the same for any address, as
 * the server's does, so the page tells nobody whether an account exists.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions({ onError: errors.set }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    request.mutate({ email });
  };
  return (
    <AuthCard title={t('passwordReset.requestTitle')}>
      {request.isSuccess ? (
        <Stack>
          <Alert color="green" role="status">
            {t('passwordReset.sent', { email: request.variables.email })}
          </Alert>
          <AnchorLink to="/sign-in">{t('passwordReset.backToSignIn')}</AnchorLink>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('passwordReset.requestHint')}</Text>
            <FormAlert message={errors.general} />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.field('email')}
            />
            <Button type="submit" loading={request.isPending}>
              {t('passwordReset.send')}
            </Button>
            <Text size="sm">
              <AnchorLink to="/sign-in">{t('passwordReset.backToSignIn')}</AnchorLink>
            </Text>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
