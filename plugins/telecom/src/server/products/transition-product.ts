import { authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findProduct } from './find-product.js';
import { moveProduct } from './move-product.js';
import type { ProductOutput, TransitionProductInput } from './product.schema.js';

/** Moves a subscription along the TMF637 states (activate, suspend, resume, terminate, cancel). */
export async function transitionProduct(
  ctx: TelecomContext,
  input: TransitionProductInput,
): Promise<ProductOutput> {
  authorize(ctx.ability, 'transition', 'telecom.Product');
  const current = await findProduct(ctx, input.id);
  await moveProduct(ctx.tdb, {
    tenantId: ctx.actor.tenantId,
    id: input.id,
    from: current.status,
    to: input.status,
    reason: input.statusReason ?? null,
    actorUserId: ctx.actor.userId,
    now: new Date(),
  });
  const after = await findProduct(ctx, input.id);
  await recordAudit(ctx, {
    action: 'telecom.product.status_changed',
    recordType: 'telecom.product',
    recordId: input.id,
    before: { status: current.status },
    after: { status: after.status, statusReason: after.statusReason ?? null },
  });
  return after;
}
