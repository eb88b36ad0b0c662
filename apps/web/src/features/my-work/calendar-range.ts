export type CalendarMode = 'day' | 'week' | 'month';

export interface CalendarRange {
  from: Date;
  /** Exclusive. */
  to: Date;
}

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/** The local day, the Monday-first week, or the month (as whole weeks) around a date. */
export function calendarRange(mode: CalendarMode, anchor: Date): CalendarRange {
  const day = startOfDay(anchor);
  if (mode === 'day')
    return { from: day, to: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1) };
  const monday = (date: Date) =>
    new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
  if (mode === 'week') {
    const from = monday(day);
    return { from, to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7) };
  }
  const first = new Date(day.getFullYear(), day.getMonth(), 1);
  const last = new Date(day.getFullYear(), day.getMonth() + 1, 0);
  const from = monday(first);
  const end = monday(last);
  return { from, to: new Date(end.getFullYear(), end.getMonth(), end.getDate() + 7) };
}

export function daysOf(range: CalendarRange): Date[] {
  const days: Date[] = [];
  for (
    let day = range.from;
    day < range.to;
    day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)
  ) {
    days.push(day);
  }
  return days;
}
