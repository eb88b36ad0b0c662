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

type Locale = Awaited<ReturnType<typeof tenantLocale>>;

const planSelect = {
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
} as const;

type CadencePlan = Awaited<
  ReturnType<typeof bankTables.bankRelationshipPlan.findMany<{ select: typeof planSelect }>>
>[number];

interface PlanChanges {
  lastContactAt?: Date | null;
  nextContactDueAt?: Date;
  cadenceTaskId?: string | null;
  cadenceEscalatedAt?: Date | null;
}

/** What one run did to one plan. */
interface PlanOutcome {
  updated: boolean;
  task: boolean;
  escalated: boolean;
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
  const locale = await tenantLocale(db, tenantId);
  const plans = await bankTables.bankRelationshipPlan.findMany({
    where: { tenantId, status: 'active' },
    select: planSelect,
    take: 20_000,
  });
  const totals = { updated: 0, tasks: 0, escalated: 0 };
  for (const plan of plans) {
    const outcome = await keepPlanCadence(db, { tenantId, plan, settings, locale, now });
    totals.updated += Number(outcome.updated);
    totals.tasks += Number(outcome.task);
    totals.escalated += Number(outcome.escalated);
  }
  return totals;
}

/** One client: recompute the cycle from the latest contact, then the task and the escalation. */
async function keepPlanCadence(
  db: TenantDb,
  run: { tenantId: string; plan: CadencePlan; settings: CadenceSettings; locale: Locale; now: Date },
): Promise<PlanOutcome> {
  const { tenantId, plan, settings, locale, now } = run;
  const cycle = currentCycle(plan, await lastContactSeen(db, plan));
  const data: PlanChanges = { ...cycle.changes };
  const place = { tenantId, contactId: plan.contactId, accountId: plan.accountId };
  const taskDue = cycle.dueAt.getTime() - now.getTime() <= settings.leadDays * DAY_MS;
  const task = taskDue && !(await isOpenTask(db, cycle.taskId));
  if (task) {
    data.cadenceTaskId = await createClientTask(db, {
      ...place,
      ownerId: plan.managerId,
      type: 'call',
      subject: contactSubject(locale, plan.tier),
      dueAt: cycle.dueAt > now ? cycle.dueAt : new Date(now.getTime() + DAY_MS),
    });
  }
  const overdue = daysOverdue(cycle.dueAt, now);
  const escalated = overdue >= settings.escalateAfterDays && !cycle.escalatedAt;
  if (escalated) {
    await createClientTask(db, {
      ...place,
      ownerId: await escalationOwner(db, plan.managerId),
      subject: escalationSubject(locale, overdue),
      dueInDays: 1,
    });
    data.cadenceEscalatedAt = now;
  }
  if (Object.keys(data).length)
    await bankTables.bankRelationshipPlan.updateMany({ where: { tenantId, id: plan.id }, data });
  return { updated: cycle.changed, task, escalated };
}

/** When the client was last contacted by a completed call, meeting or e-mail (null: never). */
async function lastContactSeen(db: TenantDb, plan: CadencePlan): Promise<Date | null> {
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
  return last ? (last.completedAt ?? last.updatedAt) : null;
}

/**
 * The plan's cycle after the contact `seen`: the next due date, the changes to store, and the task
 * and escalation still belonging to it (a new contact starts the next cycle without them).
 */
function currentCycle(
  plan: Pick<
    CadencePlan,
    'createdAt' | 'lastContactAt' | 'nextContactDueAt' | 'cadenceTaskId' | 'cadenceEscalatedAt' | 'tier'
  >,
  seen: Date | null,
): { dueAt: Date; changed: boolean; changes: PlanChanges; taskId: string | null; escalatedAt: Date | null } {
  const lastContactAt =
    seen && (!plan.lastContactAt || seen > plan.lastContactAt) ? seen : plan.lastContactAt;
  const dueAt = nextContactDue(lastContactAt, plan.createdAt, plan.tier.contactIntervalDays);
  const newCycle = lastContactAt?.getTime() !== plan.lastContactAt?.getTime();
  const changed = newCycle || dueAt.getTime() !== plan.nextContactDueAt?.getTime();
  const changes: PlanChanges = changed ? { lastContactAt, nextContactDueAt: dueAt } : {};
  if (newCycle) Object.assign(changes, { cadenceTaskId: null, cadenceEscalatedAt: null });
  return {
    dueAt,
    changed,
    changes,
    taskId: newCycle ? null : plan.cadenceTaskId,
    escalatedAt: newCycle ? null : plan.cadenceEscalatedAt,
  };
}

function contactSubject(locale: Locale, tier: { name: string; contactIntervalDays: number }): string {
  return locale === 'ru'
    ? `Плановый контакт с клиентом (${tier.name}: раз в ${tier.contactIntervalDays} дн.)`
    : `Scheduled client contact (${tier.name}: every ${tier.contactIntervalDays} days)`;
}

function escalationSubject(locale: Locale, daysLate: number): string {
  return locale === 'ru'
    ? `Эскалация: контакт с клиентом просрочен на ${daysLate} дн.`
    : `Escalation: the client contact is ${daysLate} days overdue`;
}
