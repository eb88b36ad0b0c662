import { describe, expect, it } from 'vitest';
import {
  compareTimeline,
  decodeTimelineCursor,
  encodeTimelineCursor,
  fieldChangesOf,
  mergeTimelinePages,
  stageMoveOf,
  timelineRegistry,
  type ChangeVisibility,
  type TimelineEvent,
  type TimelinePosition,
  type TimelineSourcePage,
} from '../src/timeline/index.js';
import { AppError } from '../src/errors/index.js';

const t0 = Date.parse('2025-03-01T10:00:00.000Z');
const event = (source: string, key: string, offsetMs: number): TimelineEvent => ({
  id: `${source}:${key}`,
  kind: source,
  at: new Date(t0 + offsetMs),
  actorUserId: null,
  data: {},
});

/** A source over a fixed list of events that honours the paging contract, hiding some of them. */
function fakeSource(events: TimelineEvent[], hidden: Set<string> = new Set()) {
  const sorted = [...events].sort(compareTimeline);
  return (before: TimelinePosition | null, limit: number): TimelineSourcePage => {
    const after = sorted.filter((e) => before === null || compareTimeline(before, e) < 0);
    const read = after.slice(0, limit);
    const last = read.at(-1);
    return {
      events: read.filter((e) => !hidden.has(e.id)),
      next: after.length > limit && last ? { at: last.at, id: last.id } : null,
    };
  };
}

/** Reads a whole merged timeline page by page, through the encoded cursor. */
function readAll(sources: ReturnType<typeof fakeSource>[], limit: number): { ids: string[]; pages: number } {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const before: TimelinePosition | null = cursor === null ? null : decodeTimelineCursor(cursor);
    const merged = mergeTimelinePages(
      sources.map((fetch) => fetch(before, limit)),
      limit,
      before,
    );
    expect(merged.events.length).toBeLessThanOrEqual(limit);
    ids.push(...merged.events.map((e) => e.id));
    cursor = merged.next ? encodeTimelineCursor(merged.next) : null;
    pages += 1;
    expect(pages).toBeLessThan(100);
  } while (cursor !== null);
  return { ids, pages };
}

describe('timeline order', () => {
  it('puts newer events first and breaks ties by id, descending', () => {
    const sorted = [event('a', '1', 0), event('b', '1', 5), event('a', '2', 0)].sort(compareTimeline);
    expect(sorted.map((e) => e.id)).toEqual(['b:1', 'a:2', 'a:1']);
  });
});

describe('mergeTimelinePages', () => {
  const activities = [
    event('activity', '01', 10),
    event('activity', '02', 30),
    event('activity', '03', 30),
    event('activity', '04', 70),
  ];
  const audit = [
    event('audit', '01', 0),
    event('audit', '02', 30),
    event('audit', '03', 50),
    event('audit', '04', 90),
  ];
  const owners = [event('owner', '01', 30), event('owner', '02', 60)];
  const everything = [...activities, ...audit, ...owners].sort(compareTimeline).map((e) => e.id);

  it('merges sources into one page, newest first', () => {
    const merged = mergeTimelinePages(
      [fakeSource(activities)(null, 50), fakeSource(audit)(null, 50), fakeSource(owners)(null, 50)],
      50,
    );
    expect(merged.events.map((e) => e.id)).toEqual(everything);
    expect(merged.next).toBeNull();
  });

  it.each([1, 2, 3, 4, 7])('pages with limit %i see every event exactly once, in order', (limit) => {
    const { ids } = readAll([fakeSource(activities), fakeSource(audit), fakeSource(owners)], limit);
    expect(ids).toEqual(everything);
  });

  it('keeps the order when a source hides events from the actor (short pages, nothing lost)', () => {
    const hidden = new Set(['audit:02', 'audit:03']);
    const { ids } = readAll([fakeSource(activities), fakeSource(audit, hidden), fakeSource(owners)], 2);
    expect(ids).toEqual(everything.filter((id) => !hidden.has(id)));
  });

  it('stops a page at the newest position a source with more has reached', () => {
    const many = fakeSource([event('audit', '01', 100), event('audit', '02', 90), event('audit', '03', 10)]);
    const old = fakeSource([event('activity', '01', 50), event('activity', '02', 20)]);
    const merged = mergeTimelinePages([many(null, 2), old(null, 2)], 3);
    // Audit read down to 90 and has more: the activity at 50 must wait for the next page.
    expect(merged.events.map((e) => e.id)).toEqual(['audit:01', 'audit:02']);
    expect(merged.next).toEqual({ at: new Date(t0 + 90), id: 'audit:02' });
  });

  it('drops events a faulty source returns at or before the cursor, and repeated ids', () => {
    const before = { at: new Date(t0 + 50), id: 'audit:03' };
    const stale = {
      events: [event('audit', '03', 50), event('audit', '04', 90), event('audit', '01', 0)],
      next: null,
    };
    const merged = mergeTimelinePages([stale, { events: [event('audit', '01', 0)], next: null }], 10, before);
    expect(merged.events.map((e) => e.id)).toEqual(['audit:01']);
  });
});

describe('timeline cursor', () => {
  it('round-trips a position', () => {
    const position = { at: new Date(t0 + 123), id: 'audit:0195a3c0-0000-7000-8000-000000000000' };
    expect(decodeTimelineCursor(encodeTimelineCursor(position))).toEqual(position);
  });

  it('rejects anything else as an invalid cursor', () => {
    for (const bad of ['nope', Buffer.from('{"at":"x","id":"a"}').toString('base64url')]) {
      expect(() => decodeTimelineCursor(bad)).toThrow(AppError);
    }
  });
});

describe('field changes', () => {
  const visibility: ChangeVisibility = {
    hiddenFields: new Set(['amount']),
    showsCustomField: (key) => key !== 'secret',
  };

  it('lists visible changes, custom fields one by one; owner, stage and bookkeeping left out', () => {
    const before = {
      name: 'A',
      amount: '1',
      ownerId: 'u1',
      version: 1,
      customFields: { secret: 1, segment: 'smb', gone: 'x' },
    };
    const after = {
      name: 'B',
      amount: '2',
      ownerId: 'u2',
      version: 2,
      customFields: { secret: 2, segment: 'ent' },
    };
    expect(fieldChangesOf(before, after, visibility)).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'customFields.gone', before: 'x', after: null },
      { field: 'customFields.segment', before: 'smb', after: 'ent' },
    ]);
  });

  it('finds a stage move unless the stage is hidden', () => {
    expect(stageMoveOf({ stageId: 's1' }, { stageId: 's2' }, visibility)).toEqual({
      fromStageId: 's1',
      toStageId: 's2',
    });
    expect(stageMoveOf({ stageId: 's1' }, { stageId: 's1' }, visibility)).toBeNull();
    const stageHidden = { ...visibility, hiddenFields: new Set(['stageId']) };
    expect(stageMoveOf({ stageId: 's1' }, { stageId: 's2' }, stageHidden)).toBeNull();
  });
});

describe('timelineRegistry', () => {
  const source = { name: 'bank.payments', fetch: () => Promise.resolve({ events: [], next: null }) };

  it('adds plugin sources to the core ones', () => {
    expect(timelineRegistry([source]).sources.map((s) => s.name)).toEqual([
      'activity',
      'audit',
      'owner',
      'bank.payments',
    ]);
  });

  it('refuses a name used twice', () => {
    expect(() => timelineRegistry([{ ...source, name: 'audit' }])).toThrow(AppError);
  });
});
