import { Badge, Button, Card, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { useMemberName } from '../records/member-name.js';
import { Loaded } from './admin-query.js';
import { useErrorText } from '../../lib/server-errors.js';

export function TeamsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useMembers();
  const memberName = useMemberName();
  const teams = useQuery(trpc.teams.list.queryOptions({}));
  const [name, setName] = useState('');
  const [userIds, setUserIds] = useState<string[]>([]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.teams.list.queryKey() });
  const errorText = useErrorText();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const create = useMutation(
    trpc.teams.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        setUserIds([]);
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(trpc.teams.delete.mutationOptions({ onSuccess: refresh, onError }));
  return (
    <>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            label={t('common.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <MultiSelect
            label={t('admin.members')}
            w={360}
            value={userIds}
            onChange={setUserIds}
            data={members.items.map((member) => ({ value: member.userId, label: member.name }))}
            searchable
          />
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate({ name, members: userIds.map((userId) => ({ userId, isManager: false })) })
            }
          >
            {t('admin.newTeam')}
          </Button>
        </Group>
      </Card>
      <Loaded query={teams}>
        {(data) => (
          <Stack>
            {data.items.map((team) => (
              <Card key={team.id} withBorder>
                <Group justify="space-between">
                  <Text fw={600}>{team.name}</Text>
                  <Button
                    size="xs"
                    color="red"
                    variant="subtle"
                    onClick={() => remove.mutate({ id: team.id })}
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
                <Group gap={4} mt="xs">
                  {team.members.map((member) => (
                    <Badge key={member.userId} variant={member.isManager ? 'filled' : 'light'}>
                      {memberName(member.userId)}
                    </Badge>
                  ))}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Loaded>
    </>
  );
}
