import { Button, Card, CloseButton, ColorInput, Group, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { Loaded } from './admin-query.js';
import { useErrorText } from '../../lib/server-errors.js';

export function TagsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tags = useQuery(trpc.tags.list.queryOptions({ limit: '200' }));
  const [name, setName] = useState('');
  const [color, setColor] = useState('#4c6ef5');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tags.list.queryKey() });
  const errorText = useErrorText();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(trpc.tags.delete.mutationOptions({ onSuccess: refresh, onError }));
  return (
    <>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            label={t('common.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <ColorInput label={t('admin.color')} value={color} onChange={setColor} format="hex" />
          <Button loading={create.isPending} onClick={() => create.mutate({ name, color })}>
            {t('admin.newTag')}
          </Button>
        </Group>
      </Card>
      <Loaded query={tags}>
        {(data) => (
          <Table withTableBorder striped>
            <Table.Tbody>
              {data.items.map((tag) => (
                <Table.Tr key={tag.id}>
                  <Table.Td>
                    <span
                      aria-hidden
                      style={{
                        display: 'inline-block',
                        width: 12,
                        height: 12,
                        borderRadius: 6,
                        marginRight: 8,
                        background: tag.color ?? '#adb5bd',
                      }}
                    />
                    {tag.name}
                  </Table.Td>
                  <Table.Td w={40}>
                    <CloseButton
                      aria-label={`${t('common.delete')}: ${tag.name}`}
                      onClick={() => remove.mutate({ id: tag.id })}
                    />
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
