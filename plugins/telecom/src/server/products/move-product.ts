import { AppError } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { assertTransition } from '../shared/state-machine.js';
import { productLifecycle, type ProductStatus } from './product-status.js';

const ending: readonly ProductStatus[] = ['terminated', 'cancelled', 'aborted'];

/**
 * Moves a subscription to `to` if its state machine allows it (409 naming from and to otherwise),
 * stamping startDate on first activation and terminationDate at the end, and logs the change.
 */
export async function moveProduct(
  tdb: TelecomDb,
  change: {
    tenantId: string;
    id: string;
    from: ProductStatus;
    to: ProductStatus;
    reason: string | null;
    actorUserId: string | null;
    now: Date;
  },
): Promise<void> {
  const { tenantId, id, from, to, now } = change;
  assertTransition(productLifecycle, from, to);
  const current = await tdb.telecomProduct.findFirst({
    where: { tenantId, id },
    select: { startDate: true },
  });
  const moved = await tdb.telecomProduct.updateMany({
    where: { tenantId, id, status: from },
    data: {
      status: to,
      statusReason: change.reason,
      statusChangedAt: now,
      ...(to === 'active' && !current?.startDate ? { startDate: now } : {}),
      ...(ending.includes(to) ? { terminationDate: now } : {}),
    },
  });
  if (moved.count === 0)
    throw AppError.conflict('The subscription was changed meanwhile; reload it and retry');
  await recordStatusChange(tdb, {
    tenantId,
    entityType: 'product',
    entityId: id,
    fromStatus: from,
    toStatus: to,
    reason: change.reason,
    actorUserId: change.actorUserId,
    at: now,
  });
}
