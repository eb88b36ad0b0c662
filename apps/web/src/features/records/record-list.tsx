import { Button, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/route-states.js';
import { useFormat } from '../../lib/format.js';
import { BulkBar } from './bulk-bar.js';
import { useRecordPages } from './list-query.js';
import { ListToolbar } from './list-toolbar.js';
import { MemberNamesProvider } from './member-name.js';
import type { ListColumn, ListParams, ListRow, RecordListConfig } from './record-list.types.js';
import type { Formatters } from '../../lib/format.js';

const ROW_HEIGHT = 40;
const SELECT_WIDTH = 44;

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

interface BodyProps<T extends ListRow> {
  title: string;
  rows: T[];
  columns: ListColumn<T>[];
  width: number;
  pending: boolean;
  emptyText: string;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  open: ((row: T) => void) | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The scrolling part of the list: the only component that renders while the user scrolls (the
 * virtualizer re-renders its owner synchronously on every range change, inside the scroll event), so
 * it holds nothing but the header row and the visible rows; the toolbar and bulk bar stay untouched.
 */
function ListBody<T extends ListRow>({
  title,
  rows,
  columns,
  width,
  pending,
  emptyText,
  selected,
  onToggle,
  onToggleAll,
  open,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: BodyProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  const nearEnd = lastIndex >= rows.length - 30;
  useEffect(() => {
    if (nearEnd && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [nearEnd, hasNextPage, isFetchingNextPage, fetchNextPage]);
  const allSelected = rows.length > 0 && selected.size === rows.length;
  const selectLabel = t('list.selectRow');

  return (
    <div
      ref={scrollRef}
      className="list-scroll"
      // Focusable so that the keyboard scrolls it (PageDown, arrows) without a pointer.
      tabIndex={0}
      role="table"
      aria-label={title}
      aria-rowcount={rows.length + 1}
      data-testid="record-list"
    >
      <ListHeader
        columns={columns}
        width={width}
        allSelected={allSelected}
        someSelected={selected.size > 0 && !allSelected}
        onToggleAll={onToggleAll}
      />
      {pending ? (
        <Center h={200}>
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : rows.length === 0 ? (
        <Center h={200} data-testid="list-empty">
          <Text c="dimmed">{emptyText}</Text>
        </Center>
      ) : (
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', width }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <ListRowView
                key={row.id}
                row={row}
                index={item.index}
                start={item.start}
                width={width}
                columns={columns}
                selected={selected.has(row.id)}
                onToggle={onToggle}
                open={open}
                format={format}
                selectLabel={selectLabel}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

interface HeaderProps<T> {
  columns: ListColumn<T>[];
  width: number;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
}

function HeaderView<T>({ columns, width, allSelected, someSelected, onToggleAll }: HeaderProps<T>) {
  const { t } = useTranslation();
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected;
  }, [someSelected]);
  return (
    <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1, width }}>
      <div className="list-header" role="row">
        <div className="list-cell" style={{ width: SELECT_WIDTH }} role="columnheader">
          <input
            ref={selectAll}
            type="checkbox"
            className="list-check"
            aria-label={t('list.selectAll')}
            checked={allSelected}
            onChange={onToggleAll}
          />
        </div>
        {columns.map((column) => (
          <div key={column.id} className="list-cell" style={{ width: column.width }} role="columnheader">
            {column.label}
          </div>
        ))}
      </div>
    </div>
  );
}

// memo loses the generic parameter; the cast restores it (props are the same type).
const ListHeader = memo(HeaderView) as typeof HeaderView;

interface RowProps<T extends ListRow> {
  row: T;
  index: number;
  start: number;
  width: number;
  columns: ListColumn<T>[];
  selected: boolean;
  onToggle: (id: string) => void;
  open: ((row: T) => void) | undefined;
  format: Formatters;
  selectLabel: string;
}

/**
 * One row; memoised so that scrolling renders only the rows that come into view. Plain elements only
 * (a native checkbox, no per-row component library pieces or query subscriptions): a fast scroll
 * mounts dozens of rows per frame, and each must cost next to nothing.
 */
function RowView<T extends ListRow>({
  row,
  index,
  start,
  width,
  columns,
  selected,
  onToggle,
  open,
  format,
  selectLabel,
}: RowProps<T>) {
  return (
    <div
      className="list-row"
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="list-row"
      style={{
        transform: `translateY(${start}px)`,
        width,
        cursor: open ? 'pointer' : undefined,
      }}
      onClick={() => open?.(row)}
    >
      <div
        className="list-cell"
        style={{ width: SELECT_WIDTH }}
        role="cell"
        onClick={(event) => event.stopPropagation()}
      >
        <input
          type="checkbox"
          className="list-check"
          aria-label={selectLabel}
          checked={selected}
          onChange={() => onToggle(row.id)}
        />
      </div>
      {columns.map((column) => (
        <div key={column.id} className="list-cell" style={{ width: column.width }} role="cell">
          {column.render(row, format)}
        </div>
      ))}
    </div>
  );
}

// memo loses the generic parameter; the cast restores it (props are the same type).
const ListRowView = memo(RowView) as typeof RowView;
