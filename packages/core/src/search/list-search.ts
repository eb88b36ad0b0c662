import { cursorPosition, encodeCursor, toPage, type ListPage } from '../records/list-input.js';
import type { OwnerScope } from './owner-scope.js';

/**
 * The `search=` filter of the big lists (contacts, accounts, deals) and the contacts' `email=`.
 * Under RLS the text operators cannot use an index, so the matches come from a SECURITY DEFINER
 * function of migration 006 (`crm_list_search_*`), one window at a time: up to `maxRows` ids of the
 * current tenant's matching records in list order after a keyset position. The records are then
 * read through RLS with the list's own filters, the actor's scope and select (docs/decisions/search.md).
 */

/** At most this many matches are examined for one page; the page may then end early (see below). */
export const MAX_LIST_SEARCH_CANDIDATES = 10_000;

/** One window of matches: after a keyset position (`value` null: after that record's current one). */
export interface ListSearchWindow {
  after: { value: string | null; id: string } | null;
  maxRows: number;
}

/** Asks the database for one window of matching ids, in list order. */
export type ListMatcher = (window: ListSearchWindow) => Promise<string[]>;

export interface SearchedListPage<R extends { id: string }, T> {
  limit: number;
  cursor: string | undefined;
  /**
   * Whether the list has filters the function does not apply (custom fields, tags, links...): then
   * windows are larger than the page and more than one may be needed.
   */
  filtered: boolean;
  matcher: ListMatcher;
  /** The rows among `ids` that pass every filter of the list and the actor's scope, in list order. */
  rows: (ids: string[], take: number) => Promise<R[]>;
  /** The record `id` as the actor may read it (RLS and scope), for a cursor; null if it cannot. */
  position: (id: string) => Promise<R | null>;
  sortValue: (row: R) => string | number | Date;
  present: (row: R) => T;
}

/**
 * One page of a searched list. Windows of matches are read in list order and filtered by `rows`
 * until the page (plus one row, for the cursor) is full or the matches run out, so pagination is
 * exact however many records match. Without other filters the first window of `limit + 1` is the
 * page. With them, windows grow (×5) until `MAX_LIST_SEARCH_CANDIDATES` matches were examined; then
 * the page ends early, possibly empty, with a cursor after the last examined match (a short page is
 * not the end: the end is `nextCursor: null`).
 */
export async function searchedListPage<R extends { id: string }, T>(
  search: SearchedListPage<R, T>,
): Promise<ListPage<T>> {
  const { limit } = search;
  let after: ListSearchWindow['after'] = cursorPosition(search.cursor);
  let size = search.filtered ? Math.max(4 * (limit + 1), 200) : limit + 1;
  let examined = 0;
  const rows: R[] = [];
  for (;;) {
    const ids = await search.matcher({ after, maxRows: size });
    examined += ids.length;
    if (ids.length > 0) rows.push(...(await search.rows(ids, limit + 1 - rows.length)));
    const last = ids.at(-1);
    if (rows.length > limit || ids.length < size || last === undefined) {
      return toPage(rows, limit, search.sortValue, search.present);
    }
    if (examined >= MAX_LIST_SEARCH_CANDIDATES) {
      const position = await search.position(last);
      // Only a record the actor may read becomes a cursor; otherwise go on to the next one.
      if (position) {
        return {
          items: rows.map(search.present),
          nextCursor: encodeCursor(search.sortValue(position), position.id),
        };
      }
    }
    after = { value: null, id: last };
    size = Math.min(size * 5, Math.max(MAX_LIST_SEARCH_CANDIDATES - examined, 1));
  }
}

/**
 * The `owner_ids` argument of a list search: the actor's scope narrowed by the list's `ownerId=`
 * filter. NULL for every owner; an empty list when nothing is left (the page is empty).
 */
export function listOwnerIds(
  scope: Exclude<OwnerScope, { kind: 'none' }>,
  ownerId: string | undefined,
): string[] | null {
  if (scope.kind === 'all') return ownerId ? [ownerId] : null;
  if (!ownerId) return scope.ownerIds;
  return scope.ownerIds.includes(ownerId) ? [ownerId] : [];
}

/** Whether a list search term may be (part of) a phone number: phone characters, three digits or more. */
export function isPhoneFragment(term: string): boolean {
  return /^\+?[\d\s()\-.]+$/.test(term) && term.replace(/\D/g, '').length >= 3;
}
