const DAY_MS = 86_400_000;
// Moscow has kept UTC+3 all year since 2014; demo times are laid out in its working day.
const MOSCOW_OFFSET_HOURS = 3;

/** The start (00:00 Moscow time) of the Moscow day `dayOffset` days from the day of `now`. */
export function moscowDayStart(now: Date, dayOffset = 0): Date {
  const shifted = new Date(now.getTime() + MOSCOW_OFFSET_HOURS * 3_600_000);
  const midnightUtc = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
  return new Date(midnightUtc - MOSCOW_OFFSET_HOURS * 3_600_000 + dayOffset * DAY_MS);
}

/** A moment on the Moscow day `dayOffset` days from today, at `hour`:`minute` Moscow time. */
export function moscowTime(now: Date, dayOffset: number, hour: number, minute = 0): Date {
  return new Date(moscowDayStart(now, dayOffset).getTime() + (hour * 60 + minute) * 60_000);
}

/** A calendar date (a `date` column) `dayOffset` days from the Moscow day of `now`, as UTC midnight. */
export function calendarDate(now: Date, dayOffset: number): Date {
  const day = moscowTime(now, dayOffset, 12);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function latest(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
