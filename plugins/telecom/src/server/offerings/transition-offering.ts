import { AppError, authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { assertTransition } from '../shared/state-machine.js';
import { findOffering } from './find-offering.js';
import { offeringLifecycle } from './offering-lifecycle.js';
import type { OfferingOutput, TransitionOfferingInput } from './offering.schema.js';

/**
 * Moves an offering along the TMF620 lifecycle. Launching needs a price; an invalid move answers 409
 * naming from, to and the allowed statuses.
 */
export async function transitionOffering(
  ctx: TelecomContext,
  input: TransitionOfferingInput,
): Promise<OfferingOutput> {
  authorize(ctx.ability, 'transition', 'telecom.ProductOffering');
  const current = await findOffering(ctx, input.id);
  const from = current.lifecycleStatus;
  const to = input.lifecycleStatus;
  assertTransition(offeringLifecycle, from, to);
  if (
    (to === 'Active' || to === 'Launched') &&
    current.productOfferingPrice.length === 0 &&
    !current.isBundle
  )
    throw AppError.invalid([
      { field: 'lifecycleStatus', message: `an offering without prices cannot become ${to}` },
    ]);
  const now = new Date();
  const moved = await ctx.tdb.telecomProductOffering.updateMany({
    where: { tenantId: ctx.actor.tenantId, id: input.id, lifecycleStatus: from },
    data: { lifecycleStatus: to, statusReason: input.statusReason ?? null },
  });
  if (moved.count === 0) throw AppError.conflict('The offering was changed meanwhile; reload it and retry');
  await recordStatusChange(ctx.tdb, {
    tenantId: ctx.actor.tenantId,
    entityType: 'productOffering',
    entityId: input.id,
    fromStatus: from,
    toStatus: to,
    reason: input.statusReason ?? null,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const after = await findOffering(ctx, input.id);
  await recordAudit(ctx, {
    action: 'telecom.productOffering.lifecycle_changed',
    recordType: 'telecom.productOffering',
    recordId: input.id,
    before: { lifecycleStatus: from },
    after: { lifecycleStatus: to, statusReason: after.statusReason ?? null },
  });
  return after;
}
