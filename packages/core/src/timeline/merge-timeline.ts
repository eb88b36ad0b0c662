import { z } from 'zod';
import { AppError } from '../errors/index.js';
import type { TimelineEvent, TimelinePosition, TimelineSourcePage } from './timeline.types.js';

/** Timeline order: newest first, then id descending. Negative when `a` comes first. */
export function compareTimeline(a: TimelinePosition, b: TimelinePosition): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const positionOf = (event: TimelinePosition): TimelinePosition => ({ at: event.at, id: event.id });

/**
 * Merges the pages of several sources (or streams of one source) into one page of `limit` events.
 * Only events down to the newest `next` of the sources that have more are certain to be complete,
 * so the page stops there; its own `next` is then that position, or the last event when the page
 * is full. A page may so hold fewer than `limit` events while `next` is not null. Events not after
 * `before` and repeated ids are dropped, so a faulty source cannot make a client loop.
 */
export function mergeTimelinePages(
  pages: readonly TimelineSourcePage[],
  limit: number,
  before: TimelinePosition | null = null,
): TimelineSourcePage {
  const afterCursor = (p: TimelinePosition) => before === null || compareTimeline(before, p) < 0;
  const boundary =
    pages
      .map((page) => page.next)
      .filter((next): next is TimelinePosition => next !== null && afterCursor(next))
      .sort(compareTimeline)[0] ?? null;
  const seen = new Set<string>();
  const events = pages
    .flatMap((page) => page.events)
    .filter((e) => afterCursor(e) && (boundary === null || compareTimeline(e, boundary) <= 0))
    .sort(compareTimeline)
    .filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
  if (events.length <= limit) return { events, next: boundary };
  const page: TimelineEvent[] = events.slice(0, limit);
  const last = page[page.length - 1];
  return { events: page, next: last ? positionOf(last) : boundary };
}

const cursorShape = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(200) });

export function encodeTimelineCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify({ at: position.at.toISOString(), id: position.id })).toString(
    'base64url',
  );
}

export function decodeTimelineCursor(cursor: string): TimelinePosition {
  try {
    const parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { at: new Date(parsed.at), id: parsed.id };
  } catch {
    throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this timeline' }]);
  }
}
