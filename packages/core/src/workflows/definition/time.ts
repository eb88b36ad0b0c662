// Pure date arithmetic the interpreter uses inside the Temporal sandbox (no Node APIs, no zod).

export interface Duration {
  days?: number | undefined;
  hours?: number | undefined;
  minutes?: number | undefined;
  seconds?: number | undefined;
}

export const DAY_MS = 86_400_000;

export function durationMs(d: Duration): number {
  return ((d.days ?? 0) * 86_400 + (d.hours ?? 0) * 3_600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000;
}

export interface BusinessCalendar {
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workDays: number[];
  /** YYYY-MM-DD dates off. */
  holidays: string[];
}

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function dateOnly(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function isWorkDay(time: number, calendar: BusinessCalendar): boolean {
  const weekday = ((new Date(time).getUTCDay() + 6) % 7) + 1;
  return calendar.workDays.includes(weekday) && !calendar.holidays.includes(dateOnly(time));
}

/**
 * `days` after `from`: calendar days, or business days of the calendar (skipping days off; zero days
 * from a day off moves to the next working day). Dates are counted in UTC.
 */
export function addDays(from: number, days: number, business: boolean, calendar: BusinessCalendar): number {
  if (!business || calendar.workDays.length === 0) return from + days * DAY_MS;
  let time = from;
  while (!isWorkDay(time, calendar)) time += DAY_MS;
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    if (isWorkDay(time, calendar)) left -= 1;
  }
  return time;
}

/** Due dates of an action plan's tasks: `offsetDays` after the latest due date of their dependencies. */
export function planDueDates(
  tasks: { key: string; offsetDays: number; dependsOn: string[] }[],
  start: number,
  business: boolean,
  calendar: BusinessCalendar,
): Map<string, number> {
  const due = new Map<string, number>();
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const resolve = (key: string, depth: number): number => {
    const known = due.get(key);
    if (known !== undefined) return known;
    const task = byKey.get(key);
    if (!task || depth > tasks.length) return start;
    const base = Math.max(start, ...task.dependsOn.map((dep) => resolve(dep, depth + 1)));
    const at = addDays(base, task.offsetDays, business, calendar);
    due.set(key, at);
    return at;
  };
  for (const task of tasks) resolve(task.key, 0);
  return due;
}
