import { authorize } from '@crm/core';
import { z } from 'zod';
import { telecomConfig } from '../../config.js';
import type { TelecomContext } from '../../db.js';
import { readableAccount } from '../shared/readable-account.js';
import { tenantTelecomConfig } from '../shared/tenant-config.js';
import { slaBreached } from '../tickets/present-ticket.js';
import { churnDrivers, churnScore, type ChurnFacts } from './churn-score.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const churnRiskInput = z.strictObject({ accountId: z.uuid() });
export type ChurnRiskInput = z.infer<typeof churnRiskInput>;

export const churnRiskOutput = z.object({
  accountId: z.string(),
  /** 0–100, computed now from the tickets in the window (the nightly sweep stores the same figure). */
  churnScore: z.number().int(),
  /** The tenant's threshold: at or above it the client is at risk (and offered a tariff even without saving). */
  threshold: z.number().int(),
  atRisk: z.boolean(),
  windowDays: z.number().int(),
  ticketsInWindow: z.number().int(),
  breachedInWindow: z.number().int(),
  criticalInWindow: z.number().int(),
  drivers: z.array(z.object({ driver: z.string(), value: z.number() })),
  /** When the sweep last flagged the client (a retention task went out), if ever. */
  flaggedAt: z.string().optional(),
});
export type ChurnRiskOutput = z.infer<typeof churnRiskOutput>;

/** A client's churn-risk score as of now: the same formula as the nightly sweep, without writing. */
export async function getChurnRisk(ctx: TelecomContext, input: ChurnRiskInput): Promise<ChurnRiskOutput> {
  authorize(ctx.ability, 'read', 'telecom.TroubleTicket');
  const account = await readableAccount(ctx, input.accountId);
  const config = (await tenantTelecomConfig(ctx.db)) ?? telecomConfig.parse({});
  const now = new Date();
  const since = new Date(now.getTime() - config.churnWindowDays * DAY_MS);
  const tickets = await ctx.tdb.telecomTroubleTicket.findMany({
    where: { tenantId: ctx.actor.tenantId, accountId: account.id, createdAt: { gte: since } },
    select: { severity: true, status: true, expectedResolutionDate: true, resolutionDate: true },
  });
  const facts: ChurnFacts = {
    ticketsInWindow: tickets.length,
    breachedInWindow: tickets.filter((t) => slaBreached(t, now)).length,
    criticalInWindow: tickets.filter((t) => t.severity === 'critical').length,
  };
  const profile = await ctx.tdb.telecomAccountProfile.findFirst({
    where: { tenantId: ctx.actor.tenantId, accountId: account.id },
    select: { churnFlaggedAt: true },
  });
  const score = churnScore(facts, config.churnTicketCount);
  return {
    accountId: account.id,
    churnScore: score,
    threshold: config.churnScoreThreshold,
    atRisk: score >= config.churnScoreThreshold,
    windowDays: config.churnWindowDays,
    ...facts,
    drivers: churnDrivers(facts),
    flaggedAt: profile?.churnFlaggedAt?.toISOString(),
  };
}
