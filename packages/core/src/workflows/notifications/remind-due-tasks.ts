import { Prisma } from '../../generated/prisma/client.js';
import type { Database, TenantDb } from '../../db/database.js';
import { newId } from '../../ids.js';

/** Overdue tasks older than this stay in My work's overdue list and raise no reminder. */
export const TASK_REMINDER_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Reminders one tenant gets per sweep at most; the rest come with the next sweep. */
const MAX_REMINDERS_PER_TENANT = 500;

/** The idempotency key of a task's reminder: one per task and due time (a rescheduled task reminds again). */
export const taskReminderKey = (taskId: string, dueAt: Date): string =>
  `task-due:${taskId}:${dueAt.getTime()}`;

/**
 * Reminders of the tasks that have fallen due (within the look-back window), for their owners, in every
 * tenant: one in-app notification per task and due time (recordType `activity`, the title is the task's
 * subject). A platform job run by the workflow worker on a schedule (see taskReminderSchedule): the
 * system role only finds the tenants with a task still to remind; each tenant's reminders are then
 * written in that tenant's own unit of work (RLS on). Idempotent: a repeated or concurrent sweep adds
 * nothing (the key is unique per tenant). See docs/decisions/notifications.md.
 */
export async function sweepTaskReminders(
  database: Database,
  now = new Date(),
): Promise<{ tenants: number; created: number }> {
  const since = new Date(now.getTime() - TASK_REMINDER_LOOKBACK_MS);
  const tenants = await database.withSystemRoleAcrossTenants((db) =>
    db.$queryRaw<{ tenantId: string }[]>(Prisma.sql`
      SELECT DISTINCT a."tenantId" FROM "Activity" a
      WHERE a."type" = 'task' AND a."done" = false AND a."deletedAt" IS NULL AND a."ownerId" IS NOT NULL
        AND a."dueAt" <= ${now} AND a."dueAt" > ${since}
        AND NOT EXISTS (
          SELECT 1 FROM "Notification" n
          WHERE n."tenantId" = a."tenantId"
            AND n."idempotencyKey" = 'task-due:' || a."id" || ':' || (extract(epoch FROM a."dueAt") * 1000)::bigint
        )`),
  );
  let created = 0;
  for (const { tenantId } of tenants) {
    created += await database.withTenant(tenantId, (db) => remindDueTasks(db, tenantId, now));
  }
  return { tenants: tenants.length, created };
}

/** One tenant's reminders (in its unit of work); returns how many were new. */
export async function remindDueTasks(db: TenantDb, tenantId: string, now = new Date()): Promise<number> {
  const tasks = await db.activity.findMany({
    where: {
      tenantId,
      type: 'task',
      done: false,
      deletedAt: null,
      ownerId: { not: null },
      dueAt: { lte: now, gt: new Date(now.getTime() - TASK_REMINDER_LOOKBACK_MS) },
    },
    orderBy: { dueAt: 'desc' },
    take: MAX_REMINDERS_PER_TENANT,
    select: { id: true, subject: true, dueAt: true, ownerId: true },
  });
  const data = tasks.flatMap((task) =>
    task.ownerId && task.dueAt
      ? [
          {
            tenantId,
            id: newId(),
            userId: task.ownerId,
            title: task.subject.slice(0, 300),
            recordType: 'activity',
            recordId: task.id,
            idempotencyKey: taskReminderKey(task.id, task.dueAt),
          },
        ]
      : [],
  );
  if (data.length === 0) return 0;
  const { count } = await db.notification.createMany({ data, skipDuplicates: true });
  return count;
}
