import { Alert, Button, Center, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { AnchorLink, ButtonLink } from '../../lib/links.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { AuthCard, FormAlert } from './auth-card.js';

type Preview = Awaited<ReturnType<typeof trpcClient.invitations.preview.mutate>>;

/**
 * The page the invitation e-mail links to (`/invite/<token>`). It shows who invited whom, to which
 * workspace and with which role, then: a new address creates its account (name, password) and joins;
 * a signed-in user of the invited address joins with one click; an existing account signs in first
 * and comes back here. A used, expired or revoked link says so.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/invite/$token' });
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => trpcClient.invitations.preview.mutate({ token }),
    retry: false,
  });
  // Signed out is a normal answer here, not an error to retry.
  const me = useQuery({ ...trpc.auth.me.queryOptions(), retry: false });

  if (preview.isPending || me.isPending) {
    return (
      <AuthCard title={t('common.loading')}>
        <Center>
          <Loader aria-label={t('common.loading')} />
        </Center>
      </AuthCard>
    );
  }
  if (preview.isError) {
    return (
      <AuthCard title={t('invitations.toSignIn')}>
        <Stack>
          <Alert color="red" role="alert">
            {t('invitations.invalid')}
          </Alert>
          <AnchorLink to="/sign-in">{t('invitations.toSignIn')}</AnchorLink>
        </Stack>
      </AuthCard>
    );
  }
  const invitation = preview.data;
  const signedInEmail = me.data?.user.email;
  return (
    <AuthCard title={t('invitations.title', { workspace: invitation.workspaceName })}>
      <Stack>
        <Summary invitation={invitation} />
        {signedInEmail !== undefined ? (
          <JoinAsSignedIn token={token} invitation={invitation} email={signedInEmail} />
        ) : invitation.hasAccount ? (
          <>
            <Alert color="blue">{t('invitations.signInToAccept')}</Alert>
            <ButtonLink to="/sign-in" search={{ redirect: `/invite/${token}` }}>
              {t('invitations.signInToJoin')}
            </ButtonLink>
          </>
        ) : (
          <CreateAccount token={token} />
        )}
      </Stack>
    </AuthCard>
  );
}

function Summary({ invitation }: { invitation: Preview }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text data-testid="invitation-summary">
        {t('invitations.invitedBy', {
          inviter: invitation.invitedByName,
          email: invitation.email,
          role: invitation.roleName,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('invitations.expires', { date: format.dateTime(invitation.expiresAt) })}
      </Text>
    </>
  );
}

/** After an accepted invitation the session is in the new workspace: start the app afresh there. */
function useAccept(onError: (error: unknown) => void) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: '/' });
      },
      onError,
    }),
  );
}

function JoinAsSignedIn({ token, invitation, email }: { token: string; invitation: Preview; email: string }) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const accept = useAccept(errors.set);
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.logout.mutationOptions({ onSettled: () => queryClient.resetQueries() }),
  );
  if (email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <>
        <Alert color="yellow">
          {t('invitations.signedInAs', { email })}{' '}
          {t('invitations.otherAccount', { email: invitation.email })}
        </Alert>
        <Button variant="light" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('auth.signOut')}
        </Button>
      </>
    );
  }
  return (
    <>
      <Text size="sm">{t('invitations.signedInAs', { email })}</Text>
      <FormAlert message={errors.general} />
      <Button loading={accept.isPending} onClick={() => accept.mutate({ token })}>
        {t('invitations.join')}
      </Button>
    </>
  );
}

function CreateAccount({ token }: { token: string }) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const accept = useAccept(errors.set);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    accept.mutate({ token, name, password });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fw={500}>{t('invitations.createAccount')}</Text>
        <FormAlert message={errors.general} />
        <TextInput
          label={t('auth.name')}
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.field('name')}
        />
        <PasswordInput
          label={t('auth.password')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.field('password')}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invitations.accept')}
        </Button>
      </Stack>
    </form>
  );
}
