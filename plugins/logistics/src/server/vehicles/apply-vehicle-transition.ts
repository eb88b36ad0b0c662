import { AppError, accessibleWhere, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findVehicle } from './find-vehicle.js';
import type { VehicleOutput } from './vehicle.schema.js';
import { planTransition, type TransitionRequest } from './vehicle-state-machine.js';

export interface VehicleTransition extends TransitionRequest {
  id: string;
  accountId?: string | null | undefined;
  expectedVersion?: number | undefined;
}

/**
 * Moves a vehicle along its state machine and logs the change (who, when, from, to, why) in its
 * history and the audit log. The caller has authorized and released lapsed reservations; used by
 * the vehicle's own transition and by shipments (assign reserves, dispatch, deliver or cancel frees).
 */
export async function applyVehicleTransition(
  ctx: LogisticsContext,
  request: VehicleTransition,
  now: Date,
): Promise<VehicleOutput> {
  const current = await findVehicle(ctx, request.id);
  const next = planTransition(current, request, now);
  const accountId = next.status === 'reserved' ? (request.accountId ?? null) : null;
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
      id: request.id,
      status: current.status,
      version: request.expectedVersion ?? current.version,
    },
    data: { ...next, reservedForAccountId: accountId, statusChangedAt: now },
  });
  if (updated.count === 0) throw AppError.conflict('The vehicle was changed meanwhile; reload it and retry');
  await ctx.ldb.logisticsVehicleStatusChange.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      vehicleId: request.id,
      fromStatus: current.status,
      toStatus: next.status,
      reason: next.statusReason,
      actorUserId: ctx.actor.userId,
      at: now,
    },
    select: { id: true },
  });
  const after = await findVehicle(ctx, request.id);
  await recordAudit(ctx, {
    action: 'logistics.vehicle.status_changed',
    recordType: 'logistics.vehicle',
    recordId: request.id,
    before: { status: current.status },
    after: { status: after.status, reason: after.statusReason, reservedUntil: after.reservedUntil },
  });
  return after;
}
