import { AppError } from '@crm/core';

/** Vehicle availability (VERTICALS.md, logistics): free → reserved → in transit → free; any → blocked. */
export const vehicleStatuses = ['free', 'reserved', 'in_transit', 'blocked'] as const;
export type VehicleStatus = (typeof vehicleStatuses)[number];

const allowedNext: Record<VehicleStatus, readonly VehicleStatus[]> = {
  free: ['reserved', 'blocked'],
  // Released when the load is cancelled or the reservation runs out without confirmation.
  reserved: ['in_transit', 'free', 'blocked'],
  in_transit: ['free', 'blocked'],
  blocked: ['free'],
};

const statusLabel: Record<VehicleStatus, string> = {
  free: 'free',
  reserved: 'reserved',
  in_transit: 'in transit',
  blocked: 'blocked',
};

/** A reservation holds a vehicle for at most this long unless it is confirmed (dispatched). */
export const MAX_RESERVATION_MS = 14 * 24 * 60 * 60 * 1000;

export function allowedTransitions(from: VehicleStatus): readonly VehicleStatus[] {
  return allowedNext[from];
}

export interface VehicleState {
  status: VehicleStatus;
  reservedUntil: Date | null;
}

export interface TransitionRequest {
  to: VehicleStatus;
  reason?: string | null | undefined;
  reservedUntil?: Date | null | undefined;
}

export interface NextVehicleState {
  status: VehicleStatus;
  statusReason: string | null;
  reservedUntil: Date | null;
}

/** A reserved vehicle whose reservation ran out without confirmation counts as free again. */
export function reservationExpired(state: VehicleState, now: Date): boolean {
  return state.status === 'reserved' && state.reservedUntil !== null && state.reservedUntil <= now;
}

/**
 * The state after `request`, or a clear error: 409 for a transition the machine does not allow
 * (naming the allowed ones), 400 naming the field for a missing reason or a bad reservation deadline.
 */
export function planTransition(
  current: VehicleState,
  request: TransitionRequest,
  now: Date,
): NextVehicleState {
  const from = current.status;
  const { to } = request;
  if (!allowedNext[from].includes(to)) {
    const allowed = allowedNext[from];
    const message =
      from === to
        ? `The vehicle is already ${statusLabel[to]}`
        : `${from === 'in_transit' ? 'An in-transit' : `A ${statusLabel[from]}`} vehicle cannot become ${statusLabel[to]}; it can become: ${allowed.map((s) => statusLabel[s]).join(', ')}`;
    throw AppError.conflict(message, { from, to, allowed: [...allowed] });
  }
  const reason = request.reason?.trim() ? request.reason.trim() : null;
  if (to === 'blocked' && !reason) {
    throw AppError.invalid([{ field: 'reason', message: 'is required to block a vehicle' }]);
  }
  if (to === 'reserved') {
    const until = request.reservedUntil;
    if (!until)
      throw AppError.invalid([{ field: 'reservedUntil', message: 'is required to reserve a vehicle' }]);
    if (until <= now) throw AppError.invalid([{ field: 'reservedUntil', message: 'must be in the future' }]);
    if (until.getTime() - now.getTime() > MAX_RESERVATION_MS)
      throw AppError.invalid([{ field: 'reservedUntil', message: 'must be at most 14 days ahead' }]);
    return { status: 'reserved', statusReason: reason, reservedUntil: until };
  }
  return { status: to, statusReason: reason, reservedUntil: null };
}
