const DAY_MS = 86_400_000;

/** A new client's first contact is due within a day (VERTICALS.md: first contact within 1 business day). */
export const FIRST_CONTACT_DAYS = 1;

/**
 * When the client must next be contacted: the tier's interval after the last contact, or the first
 * contact's deadline after the plan started when there was none yet.
 */
export function nextContactDue(
  lastContactAt: Date | null,
  planStartedAt: Date,
  contactIntervalDays: number,
): Date {
  if (!lastContactAt) return new Date(planStartedAt.getTime() + FIRST_CONTACT_DAYS * DAY_MS);
  return new Date(lastContactAt.getTime() + contactIntervalDays * DAY_MS);
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(dueAt: Date | null, now: Date): number {
  if (!dueAt || dueAt >= now) return 0;
  return Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS);
}
