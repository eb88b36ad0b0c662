import { z } from 'zod';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { MAX_PAGE_SIZE, type ListPage } from '../records/list-input.js';
import { decodeTimelineCursor, encodeTimelineCursor, mergeTimelinePages } from './merge-timeline.js';
import { assertTimelineRecordReadable } from './timeline-record.js';
import { timelineRegistry, type TimelineRegistry } from './timeline-registry.js';
import {
  builtInEventKinds,
  type TimelineEvent,
  type TimelineRecordType,
  type TimelineSourcePage,
} from './timeline.types.js';

export const timelineInput = z.strictObject({
  id: z.uuid(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(512).optional(),
});
export type TimelineInput = z.infer<typeof timelineInput>;

export const timelineEventOutput = z.object({
  id: z.string(),
  kind: z.string().describe(`One of ${builtInEventKinds.join(', ')}, or a plugin's own kind`),
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});

const defaultRegistry = timelineRegistry();

/**
 * A record's history, newest first: activities, field changes, stage moves, owner changes and its
 * creation, deletion and restoration, merged from the registry's sources with one cursor across
 * all of them. A page may hold fewer than `limit` events while `nextCursor` is set (events the
 * actor may not see are left out): read on until `nextCursor` is null.
 */
export async function getTimeline(
  ctx: TenantContext,
  type: TimelineRecordType,
  input: TimelineInput,
  registry: TimelineRegistry = defaultRegistry,
): Promise<ListPage<TimelineEvent>> {
  const record = { type, id: input.id };
  await assertTimelineRecordReadable(ctx, record);
  const before = input.cursor ? decodeTimelineCursor(input.cursor) : null;
  const pages: TimelineSourcePage[] = [];
  // One after the other: they share the unit of work's single connection anyway.
  for (const source of registry.sources) {
    const page = await source.fetch(ctx, { record, before, limit: input.limit });
    if (page.events.some((event) => !event.id.startsWith(`${source.name}:`))) {
      throw new AppError(
        'INTERNAL',
        `Timeline source "${source.name}" produced an event id outside its namespace`,
      );
    }
    pages.push(page);
  }
  const merged = mergeTimelinePages(pages, input.limit, before);
  return { items: merged.events, nextCursor: merged.next ? encodeTimelineCursor(merged.next) : null };
}
