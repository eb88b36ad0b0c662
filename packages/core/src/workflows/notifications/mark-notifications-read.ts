import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { notificationSelect, type NotificationOutput } from './notification.schema.js';

/** Marks one of the actor's notifications read (again: no change); another user's is a 404. */
export async function markNotificationRead(ctx: TenantContext, id: string): Promise<NotificationOutput> {
  const { tenantId, userId } = ctx.actor;
  await ctx.db.notification.updateMany({
    where: { tenantId, id, userId, readAt: null },
    data: { readAt: new Date() },
  });
  const row = await ctx.db.notification.findFirst({
    where: { tenantId, id, userId },
    select: notificationSelect,
  });
  if (!row) throw AppError.notFound('Notification');
  return row;
}

/** Marks all of the actor's notifications read. */
export async function markAllNotificationsRead(ctx: TenantContext): Promise<{ updated: number }> {
  const { tenantId, userId } = ctx.actor;
  const { count } = await ctx.db.notification.updateMany({
    where: { tenantId, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
