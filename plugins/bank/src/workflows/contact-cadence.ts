import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { daysOverdue, nextContactDue } from '../server/plans/cadence.js';
import { tenantLocale } from '../server/shared/locale.js';
import { createClientTask, escalationOwner, isOpenTask } from './tasks.js';

const DAY_MS = 86_400_000;
const CONTACT_TYPES = ['call', 'meeting', 'email'];

export interface CadenceSettings {
  /** Create the contact task this many days before it is due. */
  leadDays: number;
  /** Overdue this many days: a task for the manager's team lead. */
  escalateAfterDays: number;
}

/**
 * The tier's contact regulation: for every active client, the last contact is the latest completed
 * call, meeting or e-mail on its contact or account; the next is due one tier interval later. When
 * it is near, the manager gets one task (until it is done); overdue past `escalateAfterDays`, the
 * team lead gets one. Idempotent; runs inside the tenant's unit of work.
 */
export async function contactCadence(
  db: TenantDb,
  tenantId: string,
  settings: CadenceSettings,
  now = new Date(),
): Promise<{ updated: number; tasks: number; escalated: number }> {
  const bdb = bankTables;
  const locale = await tenantLocale(db, tenantId);
  const plans = await bdb.bankRelationshipPlan.findMany({
    where: { tenantId, status: 'active' },
    select: {
      id: true,
      contactId: true,
      accountId: true,
      managerId: true,
      createdAt: true,
      lastContactAt: true,
      nextContactDueAt: true,
      cadenceTaskId: true,
      cadenceEscalatedAt: true,
      tier: { select: { name: true, contactIntervalDays: true } },
    },
    take: 20_000,
  });
  let updated = 0;
  let tasks = 0;
  let escalated = 0;
  for (const plan of plans) {
    const last = await db.activity.findFirst({
      where: {
        done: true,
        deletedAt: null,
        type: { in: CONTACT_TYPES },
        ...(plan.contactId ? { contactId: plan.contactId } : { accountId: plan.accountId }),
      },
      orderBy: { completedAt: { sort: 'desc', nulls: 'last' } },
      select: { completedAt: true, updatedAt: true },
    });
    const seen = last ? (last.completedAt ?? last.updatedAt) : null;
    const lastContactAt =
      seen && (!plan.lastContactAt || seen > plan.lastContactAt) ? seen : plan.lastContactAt;
    const dueAt = nextContactDue(lastContactAt, plan.createdAt, plan.tier.contactIntervalDays);
    const changed =
      lastContactAt?.getTime() !== plan.lastContactAt?.getTime() ||
      dueAt.getTime() !== plan.nextContactDueAt?.getTime();
    const newCycle = changed && lastContactAt?.getTime() !== plan.lastContactAt?.getTime();
    const data: {
      lastContactAt?: Date | null;
      nextContactDueAt?: Date;
      cadenceTaskId?: string | null;
      cadenceEscalatedAt?: Date | null;
    } = {};
    if (changed) {
      Object.assign(data, { lastContactAt, nextContactDueAt: dueAt });
      updated += 1;
    }
    // A contact happened: the next cycle starts without the old task or escalation.
    const taskId = newCycle ? null : plan.cadenceTaskId;
    const escalatedAt = newCycle ? null : plan.cadenceEscalatedAt;
    if (newCycle) Object.assign(data, { cadenceTaskId: null, cadenceEscalatedAt: null });
    const place = { tenantId, contactId: plan.contactId, accountId: plan.accountId };
    if (dueAt.getTime() - now.getTime() <= settings.leadDays * DAY_MS && !(await isOpenTask(db, taskId))) {
      data.cadenceTaskId = await createClientTask(db, {
        ...place,
        ownerId: plan.managerId,
        type: 'call',
        subject:
          locale === 'ru'
            ? `Плановый контакт с клиентом (${plan.tier.name}: раз в ${plan.tier.contactIntervalDays} дн.)`
            : `Scheduled client contact (${plan.tier.name}: every ${plan.tier.contactIntervalDays} days)`,
        dueAt: dueAt > now ? dueAt : new Date(now.getTime() + DAY_MS),
      });
      tasks += 1;
    }
    if (daysOverdue(dueAt, now) >= settings.escalateAfterDays && !escalatedAt) {
      await createClientTask(db, {
        ...place,
        ownerId: await escalationOwner(db, plan.managerId),
        subject:
          locale === 'ru'
            ? `Эскалация: контакт с клиентом просрочен на ${daysOverdue(dueAt, now)} дн.`
            : `Escalation: the client contact is ${daysOverdue(dueAt, now)} days overdue`,
        dueInDays: 1,
      });
      data.cadenceEscalatedAt = now;
      escalated += 1;
    }
    if (Object.keys(data).length)
      await bdb.bankRelationshipPlan.updateMany({ where: { tenantId, id: plan.id }, data });
  }
  return { updated, tasks, escalated };
}
