import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/route-states.js';
import { BulkBar } from './bulk-bar.js';
import { useRecordPages } from './list-query.js';
import { ListBody, SELECT_WIDTH } from './list-body.js';
import { ListToolbar } from './list-toolbar.js';
import { MemberNamesProvider } from './member-name.js';
import type { ListParams, ListRow, RecordListConfig } from './record-list.types.js';

/**
 * A list of records of any size: rows are virtualised (only the visible ones are in the DOM) and
 * pages load by cursor as the user scrolls, so 100k records scroll like 100. Toolbar: search, sort,
 * filters (owner, tag, custom fields), columns, views, export; selection feeds the bulk actions.
 */
export function RecordList<T extends ListRow>({ config }: { config: RecordListConfig<T> }) {
  const { t } = useTranslation();
  const [params, setParams] = useState<ListParams>({ sort: config.defaultSort, filters: {} });
  const [visible, setVisible] = useLocalStorage<string[]>({
    key: `crm.columns.${config.objectType}`,
    defaultValue: config.defaultColumns,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure();
  const pages = useRecordPages(config, params);
  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.items) ?? [], [pages.data]);
  const columns = useMemo(
    () => config.columns.filter((column) => visible.includes(column.id)),
    [config.columns, visible],
  );
  const width = SELECT_WIDTH + columns.reduce((sum, column) => sum + column.width, 0);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => setSelected(new Set()), [params]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    () =>
      setSelected((current) =>
        rows.length > 0 && current.size === rows.length ? new Set() : new Set(rows.map((row) => row.id)),
      ),
    [rows],
  );
  const filtered =
    Boolean(params.search) || Boolean(params.ownerId) || Object.keys(params.filters).length > 0;
  const CreateForm = config.createForm;

  return (
    <Stack gap="sm" h="calc(100vh - 90px)">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {config.title}
        </Title>
        {CreateForm && (
          <Button onClick={openCreate} data-testid="new-record">
            {t('list.newRecord')}
          </Button>
        )}
      </Group>
      <ListToolbar
        config={config}
        params={params}
        onParams={setParams}
        visibleColumns={visible}
        onVisibleColumns={setVisible}
      />
      {selected.size > 0 && (
        <BulkBar
          config={config}
          rows={rows.filter((row) => selected.has(row.id))}
          onDone={() => {
            setSelected(new Set());
            void pages.refetch();
          }}
        />
      )}
      {pages.isError ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <MemberNamesProvider>
          <ListBody
            title={config.title}
            rows={rows}
            columns={columns}
            width={width}
            pending={pages.isPending}
            emptyText={filtered ? t('list.emptyFiltered') : t('list.empty')}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            open={config.open}
            hasNextPage={hasNextPage}
            isFetchingNextPage={isFetchingNextPage}
            fetchNextPage={fetchNextPage}
          />
        </MemberNamesProvider>
      )}
      <Text size="xs" c="dimmed" aria-live="polite">
        {t('list.loadedCount', { count: rows.length })}
        {isFetchingNextPage ? ` · ${t('common.loading')}` : ''}
      </Text>
      {CreateForm && (
        <Modal opened={creating} onClose={closeCreate} title={t('list.newRecord')}>
          <CreateForm
            onDone={() => {
              closeCreate();
              void pages.refetch();
            }}
          />
        </Modal>
      )}
    </Stack>
  );
}
