import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { AnchorLink } from '../../lib/links.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { currentLanguage } from '../../i18n/index.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { AuthCard, FormAlert } from './auth-card.js';

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState({ workspaceName: '', name: '', email: '', password: '' });
  const signup = useMutation(
    trpc.auth.signup.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: '/' });
      },
      onError: errors.set,
    }),
  );
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [key]: value }));
    },
    error: errors.field(key),
    required: true,
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    signup.mutate({ ...form, locale: currentLanguage() });
  };
  return (
    <AuthCard title={t('auth.signUpTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={errors.general} />
          <TextInput
            label={t('auth.workspaceName')}
            autoComplete="organization"
            {...field('workspaceName')}
          />
          <TextInput label={t('auth.name')} autoComplete="name" {...field('name')} />
          <TextInput label={t('auth.email')} type="email" autoComplete="email" {...field('email')} />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            {...field('password')}
          />
          <Button type="submit" loading={signup.isPending}>
            {t('auth.signUp')}
          </Button>
          <Text size="sm">
            <AnchorLink to="/sign-in">{t('auth.haveAccount')}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
