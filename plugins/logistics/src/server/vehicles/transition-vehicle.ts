import { AppError, accessibleWhere, authorize, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findVehicle } from './find-vehicle.js';
import { releaseExpiredReservations } from './release-expired-reservations.js';
import type { TransitionVehicleInput, VehicleOutput } from './vehicle.schema.js';
import { planTransition } from './vehicle-state-machine.js';

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
  const current = await findVehicle(ctx, input.id);
  const next = planTransition(current, input, now);
  const accountId = next.status === 'reserved' ? (input.accountId ?? null) : null;
  if (accountId) {
    const account = await ctx.db.account.findFirst({
      where: {
        AND: [
          { tenantId: ctx.actor.tenantId, id: accountId, deletedAt: null },
          accessibleWhere(ctx.ability, 'read', 'Account'),
        ],
      },
      select: { id: true },
    });
    if (!account) throw AppError.invalid([{ field: 'accountId', message: 'no such account' }]);
  }
  const updated = await ctx.ldb.logisticsVehicle.updateMany({
    where: {
      tenantId: ctx.actor.tenantId,
      id: input.id,
      status: current.status,
      version: input.expectedVersion ?? current.version,
    },
    data: { ...next, reservedForAccountId: accountId, statusChangedAt: now },
  });
  if (updated.count === 0) throw AppError.conflict('The vehicle was changed meanwhile; reload it and retry');
  await ctx.ldb.logisticsVehicleStatusChange.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      vehicleId: input.id,
      fromStatus: current.status,
      toStatus: next.status,
      reason: next.statusReason,
      actorUserId: ctx.actor.userId,
      at: now,
    },
    select: { id: true },
  });
  const after = await findVehicle(ctx, input.id);
  await recordAudit(ctx, {
    action: 'logistics.vehicle.status_changed',
    recordType: 'logistics.vehicle',
    recordId: input.id,
    before: { status: current.status },
    after: { status: after.status, reason: after.statusReason, reservedUntil: after.reservedUntil },
  });
  return after;
}
