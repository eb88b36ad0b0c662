import { newId, type TenantDb } from '@crm/core';
import type { TelecomDb } from '../../db.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Order fulfilment follow-up (VERTICALS.md, telecom workflow 3): an order stuck in `held` or `pending`
 * longer than `afterHours`, or past its expected completion, gets one fallout task for its owner per
 * order and state. Idempotent.
 */
export async function orderFollowUp(
  db: TenantDb,
  tdb: TelecomDb,
  tenantId: string,
  afterHours: number,
  now = new Date(),
): Promise<{ created: number }> {
  const before = new Date(now.getTime() - afterHours * HOUR_MS);
  const stuck = await tdb.telecomProductOrder.findMany({
    where: {
      tenantId,
      OR: [
        { state: { in: ['held', 'pending'] }, updatedAt: { lte: before } },
        {
          state: { in: ['acknowledged', 'inProgress', 'held', 'pending'] },
          expectedCompletionDate: { lt: now },
        },
      ],
    },
    select: { id: true, accountId: true, state: true, ownerId: true },
  });
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  let created = 0;
  for (const order of stuck) {
    const ref = order.id.slice(-8);
    const subject =
      tenant?.locale === 'en'
        ? `Order …${ref} is stuck (${order.state}): contact the client and unblock it`
        : `Заказ …${ref} завис (${order.state}): связаться с клиентом и продвинуть`;
    const exists = await db.activity.findFirst({
      where: { tenantId, accountId: order.accountId, subject },
      select: { id: true },
    });
    if (exists) continue;
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'task',
        subject,
        ownerId: order.ownerId,
        accountId: order.accountId,
        dueAt: new Date(now.getTime() + 4 * HOUR_MS),
      },
      select: { id: true },
    });
    created += 1;
  }
  return { created };
}
