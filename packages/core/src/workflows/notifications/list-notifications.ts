import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import {
  notificationSelect,
  type ListNotificationsInput,
  type NotificationOutput,
} from './notification.schema.js';

/**
 * The actor's own in-app notifications, newest first, with the count of unread ones. A pure read:
 * reminders of tasks falling due are written by the worker's scheduled sweep (sweepTaskReminders).
 */
export async function listNotifications(
  ctx: TenantContext,
  input: ListNotificationsInput,
): Promise<ListPage<NotificationOutput> & { unreadCount: number }> {
  const { tenantId, userId } = ctx.actor;
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const filters: object[] = [{ tenantId, userId }, page.where];
  if (input.unread === 'true') filters.push({ readAt: null });
  const [rows, unreadCount] = await Promise.all([
    ctx.db.notification.findMany({
      where: { AND: filters },
      orderBy: page.orderBy,
      take: input.limit + 1,
      select: notificationSelect,
    }),
    ctx.db.notification.count({ where: { tenantId, userId, readAt: null } }),
  ]);
  return {
    ...toPage(
      rows,
      input.limit,
      (row) => row.createdAt,
      (row) => row,
    ),
    unreadCount,
  };
}
