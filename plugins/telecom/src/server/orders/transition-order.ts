import { AppError, authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { assertTransition } from '../shared/state-machine.js';
import { applyOrderItems } from './apply-order-items.js';
import { findOrder } from './find-order.js';
import { allowedOrderStates, cancellableStates, orderLifecycle, type OrderState } from './order-state.js';
import type { OrderOutput, TransitionOrderInput } from './order.schema.js';

const itemStateAfter: Partial<Record<OrderState, string>> = {
  inProgress: 'inProgress',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
  rejected: 'rejected',
  held: 'held',
  pending: 'pending',
};

/**
 * Moves an order along TMF622: acknowledged → inProgress → completed | failed | partial, ⇄ pending /
 * held, and cancellation through assessingCancellation → pendingCancellation → cancelled (or back to
 * where it was when refused). Completing applies the items to the client's subscriptions.
 */
export async function transitionOrder(
  ctx: TelecomContext,
  input: TransitionOrderInput,
): Promise<OrderOutput> {
  authorize(ctx.ability, 'transition', 'telecom.ProductOrder');
  const tenantId = ctx.actor.tenantId;
  const { row, order } = await findOrder(ctx, input.id);
  const from = order.state;
  const to = input.state;
  const prior = row.stateBeforeCancellation
    ? (cancellableStates.find((s) => s === row.stateBeforeCancellation) ?? null)
    : null;
  assertTransition(orderLifecycle, from, to, allowedOrderStates(from, prior));
  const reason = input.reason ?? null;
  if (to === 'assessingCancellation' && !reason)
    throw AppError.invalid([{ field: 'reason', message: 'is required to request a cancellation' }]);
  const now = new Date();
  if (to === 'completed') await applyOrderItems(ctx.tdb, row, tenantId, ctx.actor.userId, now);
  const moved = await ctx.tdb.telecomProductOrder.updateMany({
    where: { tenantId, id: input.id, state: from },
    data: {
      state: to,
      ...(to === 'assessingCancellation'
        ? { stateBeforeCancellation: from, cancellationReason: reason }
        : {}),
      ...(from === 'assessingCancellation' && to !== 'pendingCancellation'
        ? { stateBeforeCancellation: null, cancellationReason: null }
        : {}),
      ...(to === 'cancelled' ? { cancellationDate: now } : {}),
      ...(to === 'completed' || to === 'failed' || to === 'partial' ? { completionDate: now } : {}),
    },
  });
  if (moved.count === 0) throw AppError.conflict('The order was changed meanwhile; reload it and retry');
  const itemState = itemStateAfter[to];
  if (itemState)
    await ctx.tdb.telecomProductOrderItem.updateMany({
      where: { tenantId, orderId: input.id },
      data: { state: itemState },
    });
  await recordStatusChange(ctx.tdb, {
    tenantId,
    entityType: 'productOrder',
    entityId: input.id,
    fromStatus: from,
    toStatus: to,
    reason,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const after = (await findOrder(ctx, input.id)).order;
  await recordAudit(ctx, {
    action: 'telecom.productOrder.state_changed',
    recordType: 'telecom.productOrder',
    recordId: input.id,
    before: { state: from },
    after: { state: to, reason },
  });
  return after;
}
