import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { applyVehicleTransition } from './apply-vehicle-transition.js';
import { releaseExpiredReservations } from './release-expired-reservations.js';
import type { TransitionVehicleInput, VehicleOutput } from './vehicle.schema.js';

/**
 * Moves a vehicle along its state machine (reserve, dispatch, release, block, unblock), logging the
 * change with who, when and why. Invalid transitions answer 409 naming the allowed ones.
 */
export async function transitionVehicle(
  ctx: LogisticsContext,
  input: TransitionVehicleInput,
): Promise<VehicleOutput> {
  authorize(ctx.ability, 'transition', 'logistics.Vehicle');
  const now = new Date();
  await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId, now);
  return applyVehicleTransition(ctx, input, now);
}
