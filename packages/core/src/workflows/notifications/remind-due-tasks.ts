import { newId } from '../../ids.js';
import type { TenantContext } from '../../records/context.js';

/** Overdue tasks older than this stay in My work's overdue list and raise no reminder. */
export const TASK_REMINDER_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_REMINDERS_PER_CALL = 50;

/**
 * Reminders for the actor's own open tasks that have fallen due (within the look-back window): one
 * in-app notification per task and due time (recordType `activity`, the title is the task's subject).
 * Called whenever the actor reads their notifications, so a task due now shows on the next poll;
 * idempotent (the key holds the due time, so a rescheduled task reminds again). See
 * docs/decisions/notifications.md.
 */
export async function remindDueTasks(ctx: TenantContext, now = new Date()): Promise<{ created: number }> {
  const { tenantId, userId } = ctx.actor;
  const tasks = await ctx.db.activity.findMany({
    where: {
      tenantId,
      ownerId: userId,
      type: 'task',
      done: false,
      deletedAt: null,
      dueAt: { lte: now, gt: new Date(now.getTime() - TASK_REMINDER_LOOKBACK_MS) },
    },
    orderBy: { dueAt: 'desc' },
    take: MAX_REMINDERS_PER_CALL,
    select: { id: true, subject: true, dueAt: true },
  });
  if (tasks.length === 0) return { created: 0 };
  const { count } = await ctx.db.notification.createMany({
    data: tasks.map((task) => ({
      tenantId,
      id: newId(),
      userId,
      title: task.subject.slice(0, 300),
      recordType: 'activity',
      recordId: task.id,
      idempotencyKey: `task-due:${task.id}:${task.dueAt?.getTime() ?? 0}`,
    })),
    skipDuplicates: true,
  });
  return { created: count };
}
