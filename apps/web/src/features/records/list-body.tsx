import { Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import type { Formatters } from '../../lib/format.js';
import type { ListColumn, ListRow } from './record-list.types.js';

const ROW_HEIGHT = 40;
export const SELECT_WIDTH = 44;

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
export function ListBody<T extends ListRow>({
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
