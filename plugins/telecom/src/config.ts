import { z } from 'zod';

const hours = z
  .number()
  .min(0.25)
  .max(24 * 30);

/** One rung of the ticket escalation ladder: at `atPercent` of the SLA, notify these roles (and the account manager). */
export const escalationRung = z.strictObject({
  atPercent: z.number().int().min(1).max(1000),
  notifyRoles: z.array(z.string().min(1).max(60)).max(10),
  notifyAccountManager: z.boolean(),
});
export type EscalationRung = z.output<typeof escalationRung>;

/** Per-tenant settings of the telecom plugin, validated when a tenant admin enables it. */
export const telecomConfig = z.strictObject({
  /** Hours to resolve a trouble ticket, by severity (the SLA: expectedResolutionDate). */
  resolutionHours: z
    .strictObject({ critical: hours.default(8), major: hours.default(24), minor: hours.default(72) })
    .default({ critical: 8, major: 24, minor: 72 }),
  /** Who hears of a ticket at 50 / 100 / 150 % of its SLA (VERTICALS.md, telecom workflow 2). */
  escalationLadder: z
    .array(escalationRung)
    .min(1)
    .max(5)
    .default([
      { atPercent: 50, notifyRoles: ['support_agent'], notifyAccountManager: false },
      { atPercent: 100, notifyRoles: ['sales_manager'], notifyAccountManager: true },
      { atPercent: 150, notifyRoles: ['admin'], notifyAccountManager: true },
    ]),
  /** A resolved ticket the client did not reopen is closed after this many hours. */
  autoCloseResolvedAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** The tariff-savings offer: smallest average monthly saving worth offering, in the tariff's currency. */
  minMonthlySaving: z.number().min(0).max(1_000_000).default(100),
  /** A churn score at or above this makes an offer even without a saving. */
  churnScoreThreshold: z.number().int().min(1).max(100).default(60),
  /** Tickets within `churnWindowDays` that flag a client at churn risk. */
  churnTicketCount: z.number().int().min(1).max(100).default(3),
  churnWindowDays: z.number().int().min(1).max(365).default(30),
  /** Days a recommendation stays open, and the day its reminder goes out. */
  offerValidDays: z.number().int().min(1).max(90).default(14),
  offerReminderDay: z.number().int().min(1).max(90).default(7),
  /** Write the demo catalogue, subscriptions, usage and tickets when enabled. */
  seedDemoData: z.boolean().default(true),
});
export type TelecomConfig = z.output<typeof telecomConfig>;
