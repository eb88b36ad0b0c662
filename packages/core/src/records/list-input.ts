import { z } from 'zod';
import { AppError, type FieldIssue } from '../errors/index.js';
import type { CustomFieldDefinitionView, CustomFieldVisibility } from '../custom-fields/index.js';
import { forbiddenQuery } from './queried-fields.js';

export const MAX_PAGE_SIZE = 200;

/**
 * The list parameters shared by every record list: page size (capped), opaque cursor, free-text
 * search, sort (`field` or `-field`), and custom field filters as `cf.<key>=<value>`.
 * Resources extend it with their own field filters.
 */
export const listInputBase = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    cursor: z.string().max(512).optional(),
    search: z.string().trim().min(1).max(200).optional(),
    sort: z.string().max(64).optional(),
    ownerId: z.uuid().optional(),
    deleted: z.enum(['exclude', 'only']).default('exclude'),
  })
  .catchall(z.union([z.string().max(500), z.array(z.string().max(500)).max(50)]));

export type ListInputBase = z.infer<typeof listInputBase>;

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SortSpec<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

export function parseSort<F extends string>(
  sort: string | undefined,
  allowed: readonly F[],
  fallback: SortSpec<F>,
): SortSpec<F> {
  if (!sort) return fallback;
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^[-+]/, '');
  if (!(allowed as readonly string[]).includes(field)) {
    throw AppError.invalid([
      { field: 'sort', message: `must be one of ${allowed.join(', ')} (prefix - for descending)` },
    ]);
  }
  return { field: field as F, direction };
}

type CursorValue = string | number;

export function encodeCursor(value: CursorValue | Date, id: string): string {
  const plain = value instanceof Date ? { d: value.toISOString() } : { v: value };
  return Buffer.from(JSON.stringify({ ...plain, id })).toString('base64url');
}

const cursorShape = z.object({
  d: z.iso.datetime().optional(),
  v: z.union([z.string(), z.number()]).optional(),
  id: z.uuid(),
});

function decodeCursor(cursor: string): { value: CursorValue | Date; id: string } {
  try {
    const parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    const value = parsed.d !== undefined ? new Date(parsed.d) : parsed.v;
    if (value === undefined) throw new Error('empty cursor');
    return { value, id: parsed.id };
  } catch {
    throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this list' }]);
  }
}

/**
 * The keyset position of a cursor as SQL parameters: the sort value as text (a date as ISO 8601)
 * and the id; null without a cursor.
 */
export function cursorPosition(cursor: string | undefined): { value: string; id: string } | null {
  if (!cursor) return null;
  const { value, id } = decodeCursor(cursor);
  return { value: value instanceof Date ? value.toISOString() : String(value), id };
}

/** Prisma `orderBy` and keyset `where` for a sort and an optional cursor (ties broken by id). */
export function keysetPage<F extends string>(sort: SortSpec<F>, cursor: string | undefined) {
  const orderBy = [{ [sort.field]: sort.direction }, { id: sort.direction }];
  if (!cursor) return { orderBy, where: {} };
  const { value, id } = decodeCursor(cursor);
  const beyond = sort.direction === 'desc' ? 'lt' : 'gt';
  if (value instanceof Date)
    return { orderBy, where: dateKeysetWhere(sort.field, sort.direction, value, id) };
  return {
    orderBy,
    where: { OR: [{ [sort.field]: { [beyond]: value } }, { [sort.field]: value, id: { [beyond]: id } }] },
  };
}

/**
 * Keyset condition for a timestamp column. Postgres keeps microseconds (the touch trigger writes
 * `now()`), a JS date and so the cursor only milliseconds: the cursor's whole millisecond is the
 * tie, ordered by id, so rows written in one transaction are neither skipped nor repeated.
 */
export function dateKeysetWhere(field: string, direction: 'asc' | 'desc', value: Date, id: string): object {
  const end = new Date(value.getTime() + 1);
  const beyond = direction === 'desc' ? 'lt' : 'gt';
  const outside = direction === 'desc' ? { [field]: { lt: value } } : { [field]: { gte: end } };
  return { OR: [outside, { [field]: { gte: value, lt: end }, id: { [beyond]: id } }] };
}

/** Turns the page fetched with `limit + 1` rows into items and the next cursor. */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  sortValue: (row: R) => CursorValue | Date,
  present: (row: R) => T,
): ListPage<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor: more && last ? encodeCursor(sortValue(last), last.id) : null,
  };
}

/** A list's custom fields: the tenant's definitions and which of them the actor's role sees. */
export interface ListCustomFields {
  definitions: CustomFieldDefinitionView[];
  visible: CustomFieldVisibility;
}

/**
 * Custom field filters from the extra list parameters (`cf.<key>`), typed by the field definitions;
 * `null` for a list of records without custom fields. Any other unknown parameter is rejected by
 * name, and a filter on a field hidden from the role is refused (403, see `assertQueriedFieldsVisible`).
 */
export function customFieldFilters(
  extra: Record<string, string | string[]>,
  customFields: ListCustomFields | null,
): object[] {
  const issues: FieldIssue[] = [];
  const hidden: FieldIssue[] = [];
  const filters: object[] = [];
  for (const [param, raw] of Object.entries(extra)) {
    if (!param.startsWith('cf.')) {
      issues.push({ field: param, message: 'is not a filter of this list' });
      continue;
    }
    const key = param.slice(3);
    const definition = customFields?.definitions.find((d) => d.key === key);
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!definition || value === undefined) {
      issues.push({ field: param, message: 'is not a custom field of this record type' });
      continue;
    }
    if (!customFields?.visible(definition)) {
      hidden.push({ field: param, message: 'reads a field hidden from your role' });
      continue;
    }
    const typed = typedFilterValue(definition, value);
    if (typed === undefined) {
      issues.push({ field: param, message: `is not a valid ${definition.type} value` });
      continue;
    }
    filters.push(
      definition.type === 'multiSelect'
        ? { customFields: { path: [key], array_contains: [typed] } }
        : definition.type === 'money'
          ? { customFields: { path: [key, 'amount'], equals: typed } }
          : { customFields: { path: [key], equals: typed } },
    );
  }
  if (issues.length > 0) throw AppError.invalid(issues);
  if (hidden.length > 0) throw forbiddenQuery(hidden);
  return filters;
}

function typedFilterValue(
  definition: CustomFieldDefinitionView,
  value: string,
): string | number | boolean | undefined {
  switch (definition.type) {
    case 'number': {
      const n = Number(value);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    default:
      return value;
  }
}

/** Splits parsed list input into the known parameters and the extra (custom field) ones. */
export function splitListInput(
  input: Record<string, unknown>,
  known: readonly string[],
): { extra: Record<string, string | string[]> } {
  const extra: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (known.includes(key)) continue;
    if (typeof value === 'string' || Array.isArray(value)) extra[key] = value as string | string[];
  }
  return { extra };
}

/**
 * A search term for Prisma's `contains` / `startsWith`, which pass `%` and `_` on to LIKE as
 * wildcards: escaped (with LIKE's default escape character) they match themselves.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, '\\$&');
}
