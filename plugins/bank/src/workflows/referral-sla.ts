import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { tenantLocale } from '../server/shared/locale.js';
import { createClientTask, escalationOwner } from './tasks.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The referral SLA: Submitted must be taken into review within `reviewWithinHours`, and a referral in
 * review decided within `decideWithinDays`; past either, one escalation task for the specialist's (or
 * referrer's) team lead per stage. Idempotent.
 */
export async function referralSla(
  db: TenantDb,
  tenantId: string,
  settings: { reviewWithinHours: number; decideWithinDays: number },
  now = new Date(),
): Promise<{ escalated: number }> {
  const bdb = bankTables;
  const locale = await tenantLocale(db, tenantId);
  const late = await bdb.bankReferral.findMany({
    where: {
      tenantId,
      OR: [
        {
          status: 'submitted',
          submittedAt: { lte: new Date(now.getTime() - settings.reviewWithinHours * HOUR_MS) },
          escalatedAt: null,
        },
        {
          status: 'in_review',
          reviewStartedAt: { lte: new Date(now.getTime() - settings.decideWithinDays * DAY_MS) },
        },
      ],
    },
    select: {
      id: true,
      status: true,
      escalatedAt: true,
      reviewStartedAt: true,
      referredToUserId: true,
      referrerUserId: true,
      plan: { select: { contactId: true, accountId: true } },
    },
  });
  let escalated = 0;
  for (const referral of late) {
    // One escalation per stage: a review escalation is due again only after the review started.
    if (
      referral.status === 'in_review' &&
      referral.escalatedAt &&
      referral.reviewStartedAt &&
      referral.escalatedAt > referral.reviewStartedAt
    )
      continue;
    const reviewing = referral.status === 'submitted';
    await createClientTask(db, {
      tenantId,
      ownerId: await escalationOwner(db, referral.referredToUserId ?? referral.referrerUserId),
      ...referral.plan,
      subject: reviewing
        ? locale === 'ru'
          ? `Рекомендация не взята в работу за ${settings.reviewWithinHours} ч`
          : `Referral not taken into review within ${settings.reviewWithinHours} h`
        : locale === 'ru'
          ? `Решение по рекомендации не принято за ${settings.decideWithinDays} дн.`
          : `Referral not decided within ${settings.decideWithinDays} days`,
      dueInDays: 1,
    });
    await bdb.bankReferral.updateMany({ where: { tenantId, id: referral.id }, data: { escalatedAt: now } });
    escalated += 1;
  }
  return { escalated };
}
