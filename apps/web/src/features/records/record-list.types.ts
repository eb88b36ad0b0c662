import type { ComponentType, ReactNode } from 'react';
import type { Formatters } from '../../lib/format.js';

export type ListObjectType = 'contact' | 'account' | 'deal' | 'activity';

/** What a list asks the server for, besides the cursor: the state of the toolbar or a saved view. */
export interface ListParams {
  search?: string;
  sort?: string;
  ownerId?: string;
  /** Field filters and custom-field filters (`cf.<key>`), sent as query parameters. */
  filters: Record<string, string>;
}

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ListColumn<T> {
  id: string;
  label: string;
  width: number;
  render: (row: T, format: Formatters) => ReactNode;
}

export interface ListRow {
  id: string;
  version: number;
  ownerId?: string | null;
}

export interface RecordListConfig<T extends ListRow> {
  objectType: ListObjectType;
  title: string;
  columns: ListColumn<T>[];
  /** Columns shown until the user chooses. */
  defaultColumns: string[];
  sortOptions: { value: string; label: string }[];
  defaultSort: string;
  fetchPage: (params: ListParams, cursor: string | undefined) => Promise<ListPage<T>>;
  /** The record page a row opens. */
  open?: (row: T) => void;
  /** Where CSV export downloads from (the REST export takes the same filters). */
  exportPath?: string;
  /** Tags apply to contacts, accounts and deals. */
  tagRecordType?: 'contact' | 'account' | 'deal';
  assignOwner?: (row: T, ownerId: string) => Promise<unknown>;
  remove?: (row: T) => Promise<unknown>;
  /** The form behind the "New" button. */
  createForm?: ComponentType<{ onDone: () => void }>;
}
