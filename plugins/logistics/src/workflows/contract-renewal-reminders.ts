import { newId, type TenantDb } from '@crm/core';
import { logisticsTables } from '../db.js';
import { renewalCountdown, type RenewalStage } from '../server/contracts/renewal-countdown.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const subjects: Partial<Record<RenewalStage, { ru: string; en: string }>> = {
  prepare: {
    ru: 'подготовить продление (до окончания 90 дней)',
    en: 'prepare the renewal (90 days to the end)',
  },
  remind: {
    ru: 'согласовать продление (до окончания 60 дней)',
    en: 'negotiate the renewal (60 days to the end)',
  },
  escalate: {
    ru: 'срочно: неделя до срока уведомления',
    en: 'urgent: a week to the notice deadline',
  },
};

/**
 * The renewal countdown's tasks: for each active contract at the 90-day, 60-day or notice − 7 days
 * stage, one task for its owner on the account (at most one per contract and stage: running it again
 * the same day, or every day, creates nothing twice). Runs inside the tenant's unit of work.
 */
export async function contractRenewalReminders(
  db: TenantDb,
  tenantId: string,
  today = new Date(),
): Promise<{ created: number }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const contracts = await logisticsTables.logisticsContract.findMany({
    where: { tenantId, status: 'active', endsOn: { lte: new Date(today.getTime() + 90 * DAY_MS) } },
    select: { id: true, number: true, accountId: true, ownerId: true, endsOn: true, noticeDays: true },
  });
  let created = 0;
  for (const contract of contracts) {
    const countdown = renewalCountdown(contract, today);
    const text = subjects[countdown.stage];
    if (!text) continue;
    const subject = `${contract.number}: ${text[locale]}`;
    const exists = await db.activity.findFirst({
      where: { tenantId, accountId: contract.accountId, subject },
      select: { id: true },
    });
    if (exists) continue;
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'task',
        subject,
        ownerId: contract.ownerId,
        accountId: contract.accountId,
        dueAt:
          countdown.stage === 'escalate' ? countdown.noticeDeadline : new Date(today.getTime() + 3 * DAY_MS),
      },
      select: { id: true },
    });
    created += 1;
  }
  return { created };
}
