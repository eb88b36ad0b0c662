/**
 * Where a contract stands in the renewal countdown (VERTICALS.md, logistics workflow 1): prepare at
 * 90 days before the end, remind at 60, escalate 7 days before the notice deadline (end − notice
 * period), after which the notice period has passed.
 */
export const renewalStages = ['later', 'prepare', 'remind', 'escalate', 'notice_passed', 'ended'] as const;
export type RenewalStage = (typeof renewalStages)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RenewalTerms {
  endsOn: Date;
  noticeDays: number;
}

export interface RenewalCountdown {
  daysToEnd: number;
  noticeDeadline: Date;
  daysToNotice: number;
  stage: RenewalStage;
}

/** Whole days from `today` (its UTC date) to `date`; negative when `date` is past. */
export function daysBetween(today: Date, date: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

export function renewalCountdown(terms: RenewalTerms, today: Date): RenewalCountdown {
  const noticeDeadline = new Date(terms.endsOn.getTime() - terms.noticeDays * DAY_MS);
  const daysToEnd = daysBetween(today, terms.endsOn);
  const daysToNotice = daysBetween(today, noticeDeadline);
  let stage: RenewalStage = 'later';
  if (daysToEnd < 0) stage = 'ended';
  else if (daysToNotice < 0) stage = 'notice_passed';
  else if (daysToNotice <= 7) stage = 'escalate';
  else if (daysToEnd <= 60) stage = 'remind';
  else if (daysToEnd <= 90) stage = 'prepare';
  return { daysToEnd, noticeDeadline, daysToNotice, stage };
}

/** The next term of an auto-renewing contract: the same length in months, starting the day after. */
export function nextTermEnd(endsOn: Date, renewalTermMonths: number): Date {
  const next = new Date(endsOn);
  next.setUTCMonth(next.getUTCMonth() + renewalTermMonths);
  return next;
}
