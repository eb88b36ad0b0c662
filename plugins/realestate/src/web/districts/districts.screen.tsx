import { Badge, Button, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  describeError,
  EmptyState,
  ErrorState,
  keepPreviousData,
  LoadingState,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import type { District } from '../types.js';
import { AddDistrictDialog, RenameDistrictDialog } from './district-dialog.js';

function DistrictRow({ district: d, onRename }: { district: District; onRename: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const toggle = useMutation(
    api.districts.update.mutationOptions({
      onSuccess: async (saved) => {
        const key = saved.active ? 'districts.activated' : 'districts.deactivated';
        notifications.show({ color: 'teal', message: t(key, { name: saved.name }) });
        await queryClient.invalidateQueries({ queryKey: api.districts.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  const aliases = d.aliases.filter((a) => a.source !== 'name').map((a) => a.alias);
  return (
    <Table.Tr data-testid={`district-row-${d.name}`}>
      <Table.Td>{d.name}</Table.Td>
      <Table.Td>{d.City}</Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {aliases.join(', ') || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={d.active ? 'teal.9' : 'gray.7'} data-testid="district-state">
          {t(d.active ? 'districts.active' : 'districts.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            onClick={onRename}
            aria-label={t('districts.renameNamed', { name: d.name })}
          >
            {t('districts.rename')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            loading={toggle.isPending}
            onClick={() => toggle.mutate({ id: d.id, active: !d.active, expectedVersion: d.version })}
          >
            {t(d.active ? 'districts.deactivate' : 'districts.activate', { name: d.name })}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The tenant's district dictionary: add, rename, take out of use and back. */
export default function DistrictsScreen() {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [showInactive, setShowInactive] = useState(false);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<District | null>(null);
  const districts = useQuery({
    ...api.districts.list.queryOptions(debounced ? { search: debounced } : {}),
    placeholderData: keepPreviousData,
  });
  const shown = districts.data?.items.filter((d) => showInactive || d.active) ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('districts.title')}
        </Title>
        <Button onClick={() => setAdding(true)}>{t('districts.add')}</Button>
      </Group>
      <Group>
        <TextInput
          label={t('districts.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Switch
          label={t('districts.showInactive')}
          checked={showInactive}
          onChange={(event) => setShowInactive(event.currentTarget.checked)}
          mt="lg"
        />
      </Group>
      {districts.isPending ? (
        <LoadingState />
      ) : districts.isError ? (
        <ErrorState error={districts.error} onRetry={() => void districts.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState message={t('districts.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="districts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('districts.name')}</Table.Th>
                <Table.Th>{t('field.City')}</Table.Th>
                <Table.Th>{t('districts.aliases')}</Table.Th>
                <Table.Th>{t('districts.state')}</Table.Th>
                <Table.Th>{t('districts.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((d) => (
                <DistrictRow key={d.id} district={d} onRename={() => setRenaming(d)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <AddDistrictDialog onClose={() => setAdding(false)} />}
      {renaming && <RenameDistrictDialog district={renaming} onClose={() => setRenaming(null)} />}
    </Stack>
  );
}
