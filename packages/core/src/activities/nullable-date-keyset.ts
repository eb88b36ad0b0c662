import { z } from 'zod';
import { AppError } from '../errors/index.js';
import { dateKeysetWhere, type ListPage, type SortSpec } from '../records/list-input.js';

/**
 * Keyset paging over a nullable timestamp column (an activity's `dueAt`): rows without a value come
 * last in both directions, ties are broken by id. The cursor records a null explicitly.
 */
const cursorShape = z.object({ d: z.iso.datetime().nullable(), id: z.uuid() });

function encode(value: Date | null, id: string): string {
  return Buffer.from(JSON.stringify({ d: value ? value.toISOString() : null, id })).toString('base64url');
}

function decode(cursor: string): { value: Date | null; id: string } {
  try {
    const parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { value: parsed.d === null ? null : new Date(parsed.d), id: parsed.id };
  } catch {
    throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this list' }]);
  }
}

export function nullableDateKeysetPage<F extends string>(sort: SortSpec<F>, cursor: string | undefined) {
  const orderBy = [{ [sort.field]: { sort: sort.direction, nulls: 'last' } }, { id: sort.direction }];
  if (!cursor) return { orderBy, where: {} };
  const { value, id } = decode(cursor);
  const beyond = sort.direction === 'desc' ? 'lt' : 'gt';
  if (value === null) return { orderBy, where: { [sort.field]: null, id: { [beyond]: id } } };
  return {
    orderBy,
    where: { OR: [dateKeysetWhere(sort.field, sort.direction, value, id), { [sort.field]: null }] },
  };
}

/** As `toPage`, for a nullable sort value. */
export function toNullableDatePage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  sortValue: (row: R) => Date | null,
  present: (row: R) => T,
): ListPage<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return { items: pageRows.map(present), nextCursor: more && last ? encode(sortValue(last), last.id) : null };
}
