import type { TenantContext } from '../records/context.js';

export const timelineRecordTypes = ['account', 'contact', 'deal'] as const;
export type TimelineRecordType = (typeof timelineRecordTypes)[number];

/** The record whose timeline is read. */
export interface TimelineRecord {
  type: TimelineRecordType;
  id: string;
}

/**
 * A place in a timeline. Timelines run newest first; events at the same millisecond are ordered by
 * id, descending. Ids are unique across sources: `<source name>:<key>`.
 */
export interface TimelinePosition {
  at: Date;
  id: string;
}

/** The kinds the core sources produce; plugin sources add their own (prefix them with the plugin id). */
export const builtInEventKinds = [
  'activity',
  'field_changed',
  'stage_moved',
  'owner_changed',
  'created',
  'deleted',
  'restored',
] as const;

export interface TimelineEvent extends TimelinePosition {
  kind: string;
  /** Who did it (who logged an activity, who changed a field), when known. */
  actorUserId: string | null;
  /** The kind's payload (see the sources), already filtered for what the actor may see. */
  data: Record<string, unknown>;
}

export interface TimelineQuery {
  record: TimelineRecord;
  /** Only events strictly after this position (older, or same millisecond and lower id). */
  before: TimelinePosition | null;
  limit: number;
}

export interface TimelineSourcePage {
  /** Events strictly after `before`, at most `limit`; newest first is not required. */
  events: TimelineEvent[];
  /**
   * Null when the source has nothing beyond what it returned. Otherwise the position down to which
   * (inclusive) it has returned every event it has: the next page starts after it. A source may
   * drop rows the actor may not see and still report the position of the last row it read.
   */
  next: TimelinePosition | null;
}

/**
 * One kind of history shown on record timelines. The core provides activities, record changes
 * (audit log) and owner changes; a plugin adds its own source through `timelineRegistry`.
 * A source filters by what the actor may see: the record itself is already known readable.
 */
export interface TimelineSource {
  /** Unique; every event id of this source starts with `<name>:`. */
  name: string;
  fetch(ctx: TenantContext, query: TimelineQuery): Promise<TimelineSourcePage>;
}
