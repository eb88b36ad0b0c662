import { Alert, Button, Card, Group, Select, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { Loaded } from './admin-query.js';
import { PendingInvitations } from './pending-invitations.js';
import { useErrorText } from '../../lib/server-errors.js';

export function UsersSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions({ limit: 200 }));
  const roles = useQuery(trpc.roles.list.queryOptions({}));
  const roleOptions = (roles.data?.items ?? []).map((role) => ({ value: role.key, label: role.name }));
  const update = useMutation(
    trpc.members.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() }),
      onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
    }),
  );
  return (
    <>
      <InviteForm roles={roleOptions} />
      <PendingInvitations />
      <Loaded query={members}>
        {(data) => (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th>{t('admin.role')}</Table.Th>
                <Table.Th>{t('admin.active')}</Table.Th>
                <Table.Th>{t('fields.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Td>{member.name}</Table.Td>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('admin.role')}: ${member.name}`}
                      size="xs"
                      allowDeselect={false}
                      value={member.roleKey}
                      data={roleOptions}
                      onChange={(roleKey) => {
                        if (roleKey) update.mutate({ userId: member.userId, roleKey });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color={member.disabled ? 'gray' : 'green'}
                      onClick={() => update.mutate({ userId: member.userId, disabled: !member.disabled })}
                    >
                      {member.disabled ? t('common.no') : t('common.yes')}
                    </Button>
                  </Table.Td>
                  <Table.Td>{format.date(member.joinedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}

function InviteForm({ roles }: { roles: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [roleKey, setRoleKey] = useState<string | null>('sales_rep');
  const queryClient = useQueryClient();
  const invite = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: async (invitation) => {
        notifications.show({
          color: 'green',
          message: t('admin.invitationSent', { email: invitation.email }),
        });
        setEmail('');
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    invite.mutate({ email, roleKey: roleKey ?? '' });
  };
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate>
      {errors.general && <Alert color="red">{errors.general}</Alert>}
      <Group align="flex-end">
        <TextInput
          label={t('fields.email')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.field('email')}
        />
        <Select
          label={t('admin.role')}
          allowDeselect={false}
          value={roleKey}
          data={roles}
          onChange={setRoleKey}
          error={errors.field('roleKey')}
        />
        <Button type="submit" loading={invite.isPending}>
          {t('admin.invite')}
        </Button>
      </Group>
    </Card>
  );
}
