import { newId, type TenantDb } from '@crm/core';
import { logisticsTables } from '../db.js';
import { midPeriod } from '../server/plans/plan-progress.js';
import { planSelect, planVsActualRows } from '../server/plans/plan-rows.js';
import type { PlanVsActualRow } from '../server/plans/plan.schema.js';

const DAY_MS = 86_400_000;

function message(row: PlanVsActualRow, threshold: number, locale: 'ru' | 'en') {
  const percent = row.percent.total ?? 0;
  const period = `${row.periodStart} – ${row.periodEnd}`;
  return locale === 'ru'
    ? {
        title: `План продаж выполнен на ${percent}% к середине периода: ${row.userName}`,
        body: `Период ${period}. Звонки: ${row.actual.callsExisting + row.actual.callsPotential} из ${row.plan.callsExisting + row.plan.callsPotential}, встречи: ${row.actual.meetingsExisting + row.actual.meetingsPotential} из ${row.plan.meetingsExisting + row.plan.meetingsPotential}. Порог — ${threshold}%.`,
      }
    : {
        title: `Sales plan ${percent}% done at mid-period: ${row.userName}`,
        body: `Period ${period}. Calls: ${row.actual.callsExisting + row.actual.callsPotential} of ${row.plan.callsExisting + row.plan.callsPotential}, meetings: ${row.actual.meetingsExisting + row.actual.meetingsPotential} of ${row.plan.meetingsExisting + row.plan.meetingsPotential}. Threshold ${threshold}%.`,
      };
}

/** The leads of a manager: managers of the teams the manager belongs to (not the manager). */
async function leadsOf(db: TenantDb, tenantId: string, userId: string): Promise<string[]> {
  const teams = await db.teamMember.findMany({ where: { tenantId, userId }, select: { teamId: true } });
  const leads = await db.teamMember.findMany({
    where: { tenantId, teamId: { in: teams.map((t) => t.teamId) }, isManager: true, userId: { not: userId } },
    select: { userId: true },
  });
  return [...new Set(leads.map((l) => l.userId))];
}

/**
 * The mid-period check: each plan whose period has reached its second half is looked at once; when
 * less than `thresholdPercent` of it is done, the manager and their team leads get a notification.
 * Runs inside the tenant's unit of work; idempotent (a plan is checked once, notifications are keyed).
 */
export async function planMidPeriodAlerts(
  db: TenantDb,
  tenantId: string,
  thresholdPercent: number,
  now = new Date(),
): Promise<{ checked: number; alerted: { userId: string; percent: number }[] }> {
  const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const plans = await logisticsTables.logisticsSalesPlan.findMany({
    where: { tenantId, midCheckedAt: null, periodStart: { lte: day }, periodEnd: { gte: day } },
    select: planSelect,
  });
  let checked = 0;
  const alerted: { userId: string; percent: number }[] = [];
  for (const plan of plans) {
    if (day < midPeriod(plan.periodStart, plan.periodEnd)) continue;
    const marked = await logisticsTables.logisticsSalesPlan.updateMany({
      where: { tenantId, id: plan.id, midCheckedAt: null },
      data: { midCheckedAt: now },
    });
    if (marked.count === 0) continue;
    checked += 1;
    const [row] = await planVsActualRows(db, logisticsTables, tenantId, [plan], day);
    const percent = row?.percent.total;
    if (!row || percent === null || percent === undefined || percent >= thresholdPercent) continue;
    const text = message(row, thresholdPercent, locale);
    for (const userId of [plan.userId, ...(await leadsOf(db, tenantId, plan.userId))]) {
      await db.notification.upsert({
        where: {
          tenantId_idempotencyKey: {
            tenantId,
            idempotencyKey: `logistics.planMidPeriod:${plan.id}:${userId}`,
          },
        },
        create: {
          tenantId,
          id: newId(),
          userId,
          title: text.title,
          body: text.body,
          recordType: 'logistics.salesPlan',
          recordId: plan.id,
          idempotencyKey: `logistics.planMidPeriod:${plan.id}:${userId}`,
        },
        update: {},
        select: { id: true },
      });
    }
    alerted.push({ userId: plan.userId, percent });
  }
  return { checked, alerted };
}
