import { AppError, authorize, recordAudit, type TenantDb } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { placeOrder } from '../orders/place-order.js';
import { findRecommendation } from './find-recommendation.js';
import type { DecideRecommendationInput, RecommendationOutput } from './recommendation.schema.js';

/** Marks the manager's task done with an outcome (the offer was answered, or lapsed). */
export async function closeOfferTask(
  db: TenantDb,
  tenantId: string,
  taskActivityId: string | undefined,
  outcome: string,
  now: Date,
): Promise<void> {
  if (!taskActivityId) return;
  await db.activity.updateMany({
    where: { tenantId, id: taskActivityId, done: false },
    data: { done: true, completedAt: now, outcome: outcome.slice(0, 200) },
  });
}

/**
 * The client's answer to an open offer. Accepting places a TMF622 order that moves the subscription
 * to the recommended tariff (a `modify` item); declining records the reason. Either closes the task.
 */
export async function decideRecommendation(
  ctx: TelecomContext,
  input: DecideRecommendationInput,
  decision: 'accepted' | 'declined',
): Promise<RecommendationOutput> {
  authorize(ctx.ability, 'transition', 'telecom.Recommendation');
  const tenantId = ctx.actor.tenantId;
  const current = await findRecommendation(ctx.tdb, tenantId, input.id);
  if (current.status !== 'issued')
    throw AppError.conflict(
      `A recommendation cannot go from "${current.status}" to "${decision}"; only an issued one can be answered`,
      {
        from: current.status,
        to: decision,
        allowed: [],
      },
    );
  const now = new Date();
  let orderId: string | null = null;
  if (decision === 'accepted') {
    authorize(ctx.ability, 'create', 'telecom.ProductOrder');
    orderId = await placeOrder(ctx.tdb, {
      tenantId,
      accountId: current.accountId,
      description: `Tariff change to ${current.recommendedOffering.name} (recommendation ${current.id})`,
      productOrderItem: [
        {
          id: '1',
          action: 'modify',
          product: { id: current.product.id },
          productOffering: { id: current.recommendedOffering.id },
        },
      ],
      ownerId: ctx.actor.userId,
      actorUserId: ctx.actor.userId,
    });
  }
  const moved = await ctx.tdb.telecomRecommendation.updateMany({
    where: { tenantId, id: input.id, status: 'issued' },
    data: { status: decision, decidedAt: now, orderId },
  });
  if (moved.count === 0)
    throw AppError.conflict('The recommendation was changed meanwhile; reload it and retry');
  await closeOfferTask(
    ctx.db,
    tenantId,
    current.taskActivityId,
    `${decision}${input.reason ? `: ${input.reason}` : ''}`,
    now,
  );
  const after = await findRecommendation(ctx.tdb, tenantId, input.id);
  await recordAudit(ctx, {
    action: `telecom.recommendation.${decision}`,
    recordType: 'telecom.recommendation',
    recordId: input.id,
    before: { status: 'issued' },
    after: { status: decision, orderId, reason: input.reason ?? null },
  });
  return after;
}
