import { Alert, Button, Card, Code, Group, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { MemberName } from '../records/member-name.js';
import { Loaded } from './admin-query.js';
import { useErrorText } from '../../lib/server-errors.js';

export function ApiKeysSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions({}));
  const [name, setName] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
  const errorText = useErrorText();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async (created) => {
        setToken(created.token);
        setName('');
        await refresh();
      },
      onError,
    }),
  );
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: refresh, onError }));
  return (
    <>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            label={t('common.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button loading={create.isPending} onClick={() => create.mutate({ name })}>
            {t('admin.newApiKey')}
          </Button>
        </Group>
        {token && (
          <Alert color="yellow" mt="sm" title={t('admin.tokenOnce')}>
            <Code block>{token}</Code>
          </Alert>
        )}
      </Card>
      <Loaded query={keys}>
        {(data) => (
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('fields.owner')}</Table.Th>
                <Table.Th>{t('fields.createdAt')}</Table.Th>
                <Table.Th>{t('admin.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>
                    {key.name} <Code>{key.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <MemberName userId={key.userId} />
                  </Table.Td>
                  <Table.Td>{format.dateTime(key.createdAt)}</Table.Td>
                  <Table.Td>{format.dateTime(key.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {key.revokedAt ? (
                      format.date(key.revokedAt)
                    ) : (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => revoke.mutate({ id: key.id })}
                      >
                        {t('admin.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}
