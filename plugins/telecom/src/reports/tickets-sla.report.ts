import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { telecomContext } from '../db.js';
import { slaBreached } from '../server/tickets/present-ticket.js';
import { openTicketStatuses, ticketSeverities, ticketStatuses } from '../server/tickets/ticket-status.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const severityLine = z.object({
  total: z.number().int(),
  open: z.number().int(),
  breached: z.number().int(),
  /** Share of tickets resolved (or still open) within the SLA, 0–1; 1 when there are none. */
  compliance: z.number(),
});

/** Tickets raised in the period by status and severity, with SLA breaches and compliance. */
export const ticketsSlaReport = defineReport({
  id: 'telecom.ticketsSla',
  title: { en: 'Trouble tickets and SLA', ru: 'Обращения и SLA' },
  description: {
    en: 'Tickets of the period by status and severity, SLA breaches and compliance',
    ru: 'Обращения за период по статусам и критичности, нарушения и соблюдение SLA',
  },
  input: z.strictObject({ days: z.number().int().min(1).max(366).default(30) }),
  output: z.object({
    total: z.number().int(),
    byStatus: z.record(z.enum(ticketStatuses), z.number().int()),
    bySeverity: z.record(z.enum(ticketSeverities), severityLine),
    breachedOpen: z.number().int(),
  }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'telecom.TroubleTicket');
    const ctx = telecomContext(tenantCtx);
    const now = new Date();
    const rows = await ctx.tdb.telecomTroubleTicket.findMany({
      where: {
        tenantId: ctx.actor.tenantId,
        createdAt: { gte: new Date(now.getTime() - input.days * DAY_MS) },
      },
      select: { status: true, severity: true, expectedResolutionDate: true, resolutionDate: true },
    });
    const byStatus = {
      acknowledged: 0,
      rejected: 0,
      pending: 0,
      held: 0,
      inProgress: 0,
      cancelled: 0,
      closed: 0,
      resolved: 0,
    } satisfies Record<(typeof ticketStatuses)[number], number>;
    const line = (): z.infer<typeof severityLine> => ({ total: 0, open: 0, breached: 0, compliance: 1 });
    const bySeverity = { critical: line(), major: line(), minor: line() } satisfies Record<
      (typeof ticketSeverities)[number],
      z.infer<typeof severityLine>
    >;
    let breachedOpen = 0;
    for (const row of rows) {
      const status = ticketStatuses.find((s) => s === row.status);
      if (status) byStatus[status] += 1;
      const severity = ticketSeverities.find((s) => s === row.severity);
      if (!severity) continue;
      const counts = bySeverity[severity];
      const open = openTicketStatuses.some((s) => s === row.status);
      const breached = slaBreached(row, now);
      counts.total += 1;
      if (open) counts.open += 1;
      if (breached) counts.breached += 1;
      if (breached && open) breachedOpen += 1;
    }
    for (const counts of Object.values(bySeverity))
      counts.compliance =
        counts.total === 0 ? 1 : Math.round(((counts.total - counts.breached) / counts.total) * 1000) / 1000;
    return { total: rows.length, byStatus, bySeverity, breachedOpen };
  },
});
