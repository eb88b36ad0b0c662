import { newId, type TenantDb } from '@crm/core';
import type { TelecomConfig } from '../../config.js';
import type { TelecomDb } from '../../db.js';
import { slaBreached } from '../tickets/present-ticket.js';
import { churnDrivers, churnScore, type ChurnFacts } from './churn-score.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Scores every client with tickets in the window (and resets clients whose tickets aged out). A
 * client reaching `churnTicketCount` tickets is flagged once per window: a retention task for the
 * account manager and a notification. Idempotent within the window.
 */
export async function scoreChurnRisk(
  db: TenantDb,
  tdb: TelecomDb,
  tenantId: string,
  config: TelecomConfig,
  now = new Date(),
): Promise<{ scored: number; flagged: number }> {
  const since = new Date(now.getTime() - config.churnWindowDays * DAY_MS);
  const tickets = await tdb.telecomTroubleTicket.findMany({
    where: { tenantId, createdAt: { gte: since } },
    select: {
      accountId: true,
      severity: true,
      status: true,
      expectedResolutionDate: true,
      resolutionDate: true,
    },
  });
  const facts = new Map<string, ChurnFacts>();
  for (const ticket of tickets) {
    const f = facts.get(ticket.accountId) ?? { ticketsInWindow: 0, breachedInWindow: 0, criticalInWindow: 0 };
    f.ticketsInWindow += 1;
    if (slaBreached(ticket, now)) f.breachedInWindow += 1;
    if (ticket.severity === 'critical') f.criticalInWindow += 1;
    facts.set(ticket.accountId, f);
  }
  const stale = await tdb.telecomAccountProfile.findMany({
    where: { tenantId, churnScore: { gt: 0 }, accountId: { notIn: [...facts.keys()] } },
    select: { accountId: true },
  });
  for (const { accountId } of stale) {
    await tdb.telecomAccountProfile.updateMany({
      where: { tenantId, accountId },
      data: { churnScore: 0, churnDrivers: [], churnComputedAt: now },
    });
  }
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const ru = tenant?.locale !== 'en';
  let flagged = 0;
  for (const [accountId, f] of facts) {
    const score = churnScore(f, config.churnTicketCount);
    const profile = await tdb.telecomAccountProfile.upsert({
      where: { tenantId_accountId: { tenantId, accountId } },
      create: { tenantId, accountId, churnScore: score, churnDrivers: churnDrivers(f), churnComputedAt: now },
      update: { churnScore: score, churnDrivers: churnDrivers(f), churnComputedAt: now },
      select: { churnFlaggedAt: true },
    });
    const recentlyFlagged = profile.churnFlaggedAt !== null && profile.churnFlaggedAt > since;
    if (f.ticketsInWindow < config.churnTicketCount || recentlyFlagged) continue;
    const account = await db.account.findFirst({
      where: { tenantId, id: accountId },
      select: { name: true, ownerId: true },
    });
    if (!account) continue;
    const subject = ru
      ? `Риск ухода: ${account.name} — ${f.ticketsInWindow} обращений за ${config.churnWindowDays} дн.; связаться и удержать`
      : `Churn risk: ${account.name}, ${f.ticketsInWindow} tickets in ${config.churnWindowDays} days; call to retain`;
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'task',
        subject: subject.slice(0, 300),
        ownerId: account.ownerId,
        accountId,
        dueAt: new Date(now.getTime() + DAY_MS),
      },
      select: { id: true },
    });
    if (account.ownerId)
      await db.notification.upsert({
        where: {
          tenantId_idempotencyKey: {
            tenantId,
            idempotencyKey: `telecom.churn:${accountId}:${now.toISOString().slice(0, 10)}`,
          },
        },
        create: {
          tenantId,
          id: newId(),
          userId: account.ownerId,
          title: subject.slice(0, 300),
          recordType: 'account',
          recordId: accountId,
          idempotencyKey: `telecom.churn:${accountId}:${now.toISOString().slice(0, 10)}`,
        },
        update: {},
        select: { id: true },
      });
    await tdb.telecomAccountProfile.updateMany({
      where: { tenantId, accountId },
      data: { churnFlaggedAt: now },
    });
    flagged += 1;
  }
  return { scored: facts.size, flagged };
}
