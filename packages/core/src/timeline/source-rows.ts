import { AppError } from '../errors/index.js';
import { isUuid } from '../ids.js';
import type { TimelineEvent, TimelinePosition, TimelineSourcePage } from './timeline.types.js';

/** Which of a source's row ids at the cursor's millisecond come after a cursor id. */
function idBound(prefix: string, cursorId: string): 'all' | 'none' | { lt: string } {
  if (cursorId.startsWith(prefix)) {
    const rowId = cursorId.slice(prefix.length);
    if (!isUuid(rowId))
      throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this timeline' }]);
    return { lt: rowId.toLowerCase() };
  }
  // Every id of this source is `prefix` + a UUID, so all of them sort on the same side of a foreign id.
  return cursorId > prefix ? 'all' : 'none';
}

/**
 * Prisma `where` for the rows of a table-backed source (event id `prefix` + row id, time `field`)
 * that come after `before` in timeline order. The cursor's whole millisecond is the tie (JS dates
 * carry no microseconds), ordered by id like the in-memory merge.
 */
export function rowsAfter(field: string, prefix: string, before: TimelinePosition | null): object {
  if (!before) return {};
  const bound = idBound(prefix, before.id);
  const older = { [field]: { lt: before.at } };
  if (bound === 'none') return older;
  const sameMillisecond = { [field]: { gte: before.at, lt: new Date(before.at.getTime() + 1) } };
  return { OR: [older, bound === 'all' ? sameMillisecond : { ...sameMillisecond, id: bound }] };
}

/** The matching Prisma `orderBy`: timeline order on the table. */
export function timelineOrder(field: string) {
  return [{ [field]: 'desc' as const }, { id: 'desc' as const }];
}

/**
 * A source page from rows read with `take: limit + 1` in timeline order. Rows the actor may not
 * see map to null and are left out, but still move the page's `next` position.
 */
export function pageOfRows<R extends { id: string }>(
  rows: R[],
  limit: number,
  prefix: string,
  timeOf: (row: R) => Date,
  toEvent: (row: R) => TimelineEvent | null,
): TimelineSourcePage {
  const more = rows.length > limit;
  const read = more ? rows.slice(0, limit) : rows;
  const last = read.at(-1);
  return {
    events: read.map(toEvent).filter((event): event is TimelineEvent => event !== null),
    next: more && last ? { at: timeOf(last), id: `${prefix}${last.id}` } : null,
  };
}
