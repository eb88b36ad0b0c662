const fields = [
  { name: 'minute', min: 0, max: 59, names: [] as string[] },
  { name: 'hour', min: 0, max: 23, names: [] as string[] },
  { name: 'day of month', min: 1, max: 31, names: [] as string[] },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

function valueOf(text: string, field: (typeof fields)[number]): number | null {
  const named = field.names.indexOf(text.toUpperCase());
  if (named !== -1) return named + (field.name === 'month' ? 1 : 0);
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= field.min && n <= field.max ? n : null;
}

function checkPart(part: string, field: (typeof fields)[number]): string | null {
  const [range = '', step, extra] = part.split('/');
  if (extra !== undefined) return `"${part}" has more than one "/"`;
  if (step !== undefined && !/^[1-9]\d{0,1}$/.test(step))
    return `step "${step}" must be a number from 1 to 99`;
  if (range === '*') return null;
  const [from = '', to, more] = range.split('-');
  if (more !== undefined) return `"${range}" is not a range`;
  const a = valueOf(from, field);
  if (a === null) return `"${from}" is not a valid ${field.name}`;
  if (to === undefined) return null;
  const b = valueOf(to, field);
  if (b === null) return `"${to}" is not a valid ${field.name}`;
  return a <= b ? null : `range "${range}" runs backwards`;
}

/** Checks a five-field cron expression (as Temporal schedules read it); the first problem, or null. */
export function cronProblem(cron: string): string | null {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) return 'must have five fields: minute hour day-of-month month day-of-week';
  for (const [i, part] of parts.entries()) {
    const field = fields[i];
    if (!field) break;
    for (const item of part.split(',')) {
      const problem = checkPart(item, field);
      if (problem) return problem;
    }
  }
  return null;
}

/** Whether the runtime knows this IANA time zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
