import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { logStatusChange } from '../server/shared/status-log.js';
import { tenantLocale } from '../server/shared/locale.js';
import { productLabels, asProductType } from '../server/shared/product-types.js';
import { systemAudit } from '../server/shared/system-audit.js';
import { createClientTask, escalationOwner } from './tasks.js';

const DAY_MS = 86_400_000;

export interface FollowUpSettings {
  remindAfterDays: number;
  escalateAfterDays: number;
}

/**
 * Escalates ignored offers: an offer still `proposed` (never presented) gets a reminder task for the
 * manager after `remindAfterDays`, and a task for the manager's team lead after `escalateAfterDays`;
 * an open offer whose validity ran out is expired (logged). Each step once per offer. Runs inside the
 * tenant's unit of work.
 */
export async function followUpOffers(
  db: TenantDb,
  tenantId: string,
  settings: FollowUpSettings,
  now = new Date(),
): Promise<{ reminded: number; escalated: number; expired: number }> {
  const bdb = bankTables;
  const locale = await tenantLocale(db, tenantId);
  const expiring = await bdb.bankOffer.findMany({
    where: { tenantId, status: { in: ['proposed', 'presented'] }, validUntil: { lte: now } },
    select: { id: true, status: true },
  });
  let expired = 0;
  for (const offer of expiring) {
    const done = await bdb.bankOffer.updateMany({
      where: { tenantId, id: offer.id, status: offer.status },
      data: { status: 'expired', decidedAt: now, reason: 'validity ran out' },
    });
    if (done.count === 0) continue;
    await logStatusChange(bdb, {
      tenantId,
      recordType: 'offer',
      recordId: offer.id,
      fromStatus: offer.status,
      toStatus: 'expired',
      reason: 'validity ran out',
      actorUserId: null,
      at: now,
    });
    await systemAudit(db, tenantId, {
      action: 'bank.offer.expired',
      recordType: 'bank.offer',
      recordId: offer.id,
    });
    expired += 1;
  }
  const ignored = await bdb.bankOffer.findMany({
    where: {
      tenantId,
      status: 'proposed',
      createdAt: { lte: new Date(now.getTime() - settings.remindAfterDays * DAY_MS) },
      OR: [{ remindedAt: null }, { escalatedAt: null }],
    },
    select: {
      id: true,
      productType: true,
      createdAt: true,
      remindedAt: true,
      escalatedAt: true,
      plan: { select: { managerId: true, contactId: true, accountId: true } },
    },
  });
  let reminded = 0;
  let escalated = 0;
  for (const offer of ignored) {
    const label = productLabels[asProductType(offer.productType)][locale];
    const place = { tenantId, contactId: offer.plan.contactId, accountId: offer.plan.accountId };
    if (!offer.remindedAt) {
      await createClientTask(db, {
        ...place,
        ownerId: offer.plan.managerId,
        type: 'call',
        subject:
          locale === 'ru'
            ? `Напоминание: предложение «${label}» ещё не сделано`
            : `Reminder: the ${label} offer is still not made`,
        dueInDays: 1,
      });
      await bdb.bankOffer.updateMany({ where: { tenantId, id: offer.id }, data: { remindedAt: now } });
      reminded += 1;
    }
    const overdue = now.getTime() - offer.createdAt.getTime() >= settings.escalateAfterDays * DAY_MS;
    if (overdue && !offer.escalatedAt) {
      await createClientTask(db, {
        ...place,
        ownerId: await escalationOwner(db, offer.plan.managerId),
        subject:
          locale === 'ru'
            ? `Эскалация: менеджер не сделал предложение «${label}» за ${settings.escalateAfterDays} дней`
            : `Escalation: the ${label} offer has been ignored for ${settings.escalateAfterDays} days`,
        dueInDays: 1,
      });
      await bdb.bankOffer.updateMany({ where: { tenantId, id: offer.id }, data: { escalatedAt: now } });
      escalated += 1;
    }
  }
  return { reminded, escalated, expired };
}
