import { Button, Group, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { useErrorText } from '../../lib/server-errors.js';
import { Loaded } from './admin-query.js';

/** Invitations waiting for an answer, with "send again" (a new link; the old one ends) and "revoke". */
export function PendingInvitations() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.invitations.list.queryOptions({ limit: 200 }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const resend = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: async (invitation) => {
        notifications.show({
          color: 'green',
          message: t('admin.invitationSent', { email: invitation.email }),
        });
        await refresh();
      },
      onError,
    }),
  );
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: async () => {
        await refresh();
      },
      onError,
    }),
  );
  const confirmRevoke = (id: string, email: string) =>
    modals.openConfirmModal({
      title: t('invitations.revoke'),
      children: <Text size="sm">{t('invitations.revokeConfirm', { email })}</Text>,
      labels: { confirm: t('invitations.revoke'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        revoke.mutate(
          { id },
          { onSuccess: () => notifications.show({ message: t('invitations.revoked', { email }) }) },
        ),
    });
  return (
    <section aria-labelledby="pending-invitations">
      <Title order={2} size="h4" id="pending-invitations" mb="xs">
        {t('invitations.pending')}
      </Title>
      <Loaded query={pending}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('invitations.none')}
            </Text>
          ) : (
            <Table striped withTableBorder data-testid="pending-invitations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.email')}</Table.Th>
                  <Table.Th>{t('admin.role')}</Table.Th>
                  <Table.Th>{t('invitations.sentBy')}</Table.Th>
                  <Table.Th>{t('invitations.expiresAt')}</Table.Th>
                  <Table.Th aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>{invitation.roleName}</Table.Td>
                    <Table.Td>{invitation.invitedByName}</Table.Td>
                    <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`${t('invitations.resend')}: ${invitation.email}`}
                          loading={resend.isPending && resend.variables.email === invitation.email}
                          onClick={() =>
                            resend.mutate({ email: invitation.email, roleKey: invitation.roleKey })
                          }
                        >
                          {t('invitations.resend')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={`${t('invitations.revoke')}: ${invitation.email}`}
                          onClick={() => confirmRevoke(invitation.id, invitation.email)}
                        >
                          {t('invitations.revoke')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
    </section>
  );
}
