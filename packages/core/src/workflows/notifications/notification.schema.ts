import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const notificationOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  title: z.string(),
  body: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.uuid().nullable(),
  runId: z.uuid().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationOutput = z.infer<typeof notificationOutput>;

export const listNotificationsInput = z.strictObject({
  unread: z.enum(['true', 'false']).optional().meta({ description: 'true: only unread ones' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type ListNotificationsInput = z.infer<typeof listNotificationsInput>;

export const notificationSelect = {
  id: true,
  tenantId: true,
  title: true,
  body: true,
  recordType: true,
  recordId: true,
  runId: true,
  readAt: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;
