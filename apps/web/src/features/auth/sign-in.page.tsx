import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { AnchorLink } from '../../lib/links.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { AuthCard, FormAlert } from './auth-card.js';

export function SignInPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: search.redirect ?? '/' });
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    login.mutate({ email, password });
  };
  return (
    <AuthCard title={t('auth.signInTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
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
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.field('password')}
          />
          <Text size="sm" ta="right" mt={-8}>
            <AnchorLink to="/forgot-password">{t('passwordReset.forgot')}</AnchorLink>
          </Text>
          <Button type="submit" loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
          <Text size="sm">
            <AnchorLink to="/sign-up">{t('auth.noAccount')}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
