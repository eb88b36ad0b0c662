import type { EscalationRung } from '../../config.js';
import type { TicketSeverity } from './ticket-status.js';

const HOUR_MS = 60 * 60 * 1000;

/** When a ticket of `severity` raised at `createdAt` must be resolved (TMF621 expectedResolutionDate). */
export function slaDueAt(
  createdAt: Date,
  severity: TicketSeverity,
  resolutionHours: Record<TicketSeverity, number>,
): Date {
  return new Date(createdAt.getTime() + resolutionHours[severity] * HOUR_MS);
}

/** How much of the SLA has gone by at `now`, in percent (0 at creation, 100 at the due time). */
export function slaPercent(createdAt: Date, dueAt: Date, now: Date): number {
  const span = dueAt.getTime() - createdAt.getTime();
  if (span <= 0) return 100;
  return Math.floor(((now.getTime() - createdAt.getTime()) / span) * 100);
}

/**
 * The ladder rungs a ticket has reached and not yet been escalated for: rung `n` (1-based) is due at
 * its percent; `escalationLevel` is how many rungs went out already.
 */
export function dueRungs(
  ladder: readonly EscalationRung[],
  percent: number,
  escalationLevel: number,
): { level: number; rung: EscalationRung }[] {
  const sorted = [...ladder].sort((a, b) => a.atPercent - b.atPercent);
  return sorted
    .map((rung, index) => ({ level: index + 1, rung }))
    .filter(({ level, rung }) => level > escalationLevel && percent >= rung.atPercent);
}
