import { addMinutes, daysBetween, earliest, latest, moscowTime } from './dates.js';
import { workingMoment, type SeedContext } from './seed-context.js';

/** When an activity happens and whether it is done: a logged past event, or one still planned. */
export interface ActivityTiming {
  dueAt: Date | null;
  occurredAt: Date | null;
  done: boolean;
  completedAt: Date | null;
  createdAt: Date;
}

/**
 * The time an activity may fall in: from the creation of the record it is about, to the close of
 * its deal (`to` null: the record is still open and work on it can be planned ahead).
 */
export interface TimeWindow {
  from: Date;
  to: Date | null;
}

function clamp(at: Date, window: TimeWindow): Date {
  const after = latest(at, addMinutes(window.from, 30));
  return window.to ? earliest(after, window.to) : after;
}

/** A working-hours moment of the last 60 days inside the window. */
function pastMoment(ctx: SeedContext, window: TimeWindow): Date {
  const newest = window.to ? Math.max(1, daysBetween(window.to, ctx.now)) : 1;
  const oldest = Math.max(newest, Math.min(60, daysBetween(window.from, ctx.now)));
  return clamp(workingMoment(ctx, -ctx.random.int(newest, oldest)), window);
}

/** Something that happened, logged when it happened. */
export function loggedInPast(ctx: SeedContext, window: TimeWindow, done = true): ActivityTiming {
  const at = pastMoment(ctx, window);
  return { dueAt: null, occurredAt: at, done, completedAt: done ? at : null, createdAt: at };
}

/** Something planned for one of the next 14 days, put in the calendar in the last week. */
export function plannedAhead(ctx: SeedContext, window: TimeWindow): ActivityTiming {
  const dueAt = workingMoment(ctx, ctx.random.int(1, 14));
  const createdAt = clamp(workingMoment(ctx, -ctx.random.int(0, 7)), window);
  return { dueAt, occurredAt: null, done: false, completedAt: null, createdAt };
}

export const taskStates = ['overdue', 'today', 'done', 'upcoming'] as const;
export type TaskState = (typeof taskStates)[number];

export const taskStateOdds: readonly (readonly [TaskState, number])[] = [
  ['overdue', 25],
  ['today', 20],
  ['done', 35],
  ['upcoming', 20],
];

/** A task's due date and completion for its state: overdue, due today, done, or upcoming. */
export function taskTiming(ctx: SeedContext, state: TaskState, window: TimeWindow): ActivityTiming {
  const { random, now } = ctx;
  if (state === 'done') {
    const dueAt = pastMoment(ctx, window);
    const createdAt = clamp(addMinutes(dueAt, -random.int(2, 10) * 1440), window);
    // Done within a day of the due date (before or after), after it was set and never in the future.
    const completedAt = earliest(latest(addMinutes(dueAt, random.int(-1440, 1440)), createdAt), now);
    return { dueAt, occurredAt: null, done: true, completedAt, createdAt };
  }
  const dueAt = {
    overdue: () => clamp(moscowTime(now, -random.int(1, 10), 18), window),
    today: () => moscowTime(now, 0, random.int(10, 19)),
    upcoming: () => moscowTime(now, random.int(1, 14), random.int(10, 18)),
  }[state]();
  const createdAt = clamp(addMinutes(earliest(dueAt, now), -random.int(2, 10) * 1440), window);
  return { dueAt, occurredAt: null, done: false, completedAt: null, createdAt };
}
