import { newId, type TenantDb } from '@crm/core';
import type { RealestateDb } from '../db.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Duplicate review: for each open suspected pair older than `olderThanHours`, one task for the agent
 * of the newer object to compare the two and merge or dismiss them (at most one task per pair: the
 * subject names both objects, and a task with that subject is not created twice).
 */
export async function duplicateReviewTasks(
  db: TenantDb,
  rdb: RealestateDb,
  tenantId: string,
  olderThanHours: number,
  now = new Date(),
): Promise<{ tasks: number }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const pairs = await rdb.realestateDuplicate.findMany({
    where: {
      tenantId,
      status: 'open',
      createdAt: { lte: new Date(now.getTime() - olderThanHours * HOUR_MS) },
    },
    orderBy: [{ score: 'desc' }, { id: 'asc' }],
    take: 500,
    select: {
      score: true,
      property: { select: { ListingId: true, ListAgentKey: true, createdById: true } },
      candidate: { select: { ListingId: true } },
    },
  });
  let tasks = 0;
  for (const pair of pairs) {
    const subject =
      locale === 'ru'
        ? `Проверить дубль: ${pair.property.ListingId} и ${pair.candidate.ListingId}`
        : `Review possible duplicate: ${pair.property.ListingId} and ${pair.candidate.ListingId}`;
    const exists = await db.activity.findFirst({ where: { subject, deletedAt: null }, select: { id: true } });
    if (exists) continue;
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'task',
        subject,
        body: `score ${Number(pair.score).toFixed(2)}`,
        ownerId: pair.property.ListAgentKey ?? pair.property.createdById,
        dueAt: new Date(now.getTime() + 24 * HOUR_MS),
      },
      select: { id: true },
    });
    tasks += 1;
  }
  return { tasks };
}
