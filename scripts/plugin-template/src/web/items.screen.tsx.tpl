import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  useFieldErrors,
  useFormat,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { use__Plugin__Api } from './api.js';
import { texts } from './texts.js';

/** `/x/__plugin__/items`: the items, and a form to add one. */
export default function ItemsScreen() {
  const t = useTexts(texts);
  const f = useFormat();
  const api = use__Plugin__Api();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const items = useQuery(api.items.list.queryOptions({ limit: 50 }));
  const create = useMutation(
    api.items.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        await queryClient.invalidateQueries({ queryKey: api.items.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate({ name });
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field('name') ?? errors.general}
          />
          <Button type="submit" loading={create.isPending}>
            {t('add')}
          </Button>
        </Group>
      </form>
      {items.isPending ? (
        <LoadingState />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : items.data.items.length === 0 ? (
        <EmptyState message={t('empty')} />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('name')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th>{t('created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{item.status}</Table.Td>
                <Table.Td>{f.dateTime(item.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
