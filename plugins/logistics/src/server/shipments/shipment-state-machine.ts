import { AppError } from '@crm/core';

/**
 * Shipment (load) status (VERTICALS.md, logistics; Fleetbase and laneweaver flows): planned →
 * assigned (a vehicle reserved) → in transit (dispatched) → delivered; back from assigned to
 * planned (vehicle released); any status before delivery → cancelled (reason required).
 */
export const shipmentStatuses = ['planned', 'assigned', 'in_transit', 'delivered', 'cancelled'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

const allowedNext: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  planned: ['assigned', 'cancelled'],
  assigned: ['in_transit', 'planned', 'cancelled'],
  in_transit: ['delivered', 'cancelled'],
  delivered: [],
  cancelled: [],
};

const label: Record<ShipmentStatus, string> = {
  planned: 'planned',
  assigned: 'assigned',
  in_transit: 'in transit',
  delivered: 'delivered',
  cancelled: 'cancelled',
};

export function allowedShipmentTransitions(from: ShipmentStatus): readonly ShipmentStatus[] {
  return allowedNext[from];
}

export interface ShipmentTransitionRequest {
  to: ShipmentStatus;
  vehicleId?: string | null | undefined;
  reason?: string | null | undefined;
}

/**
 * Checks a requested status change: 409 naming the allowed statuses for a transition the machine
 * does not allow, 400 naming the field for a missing vehicle (to assign) or reason (to cancel).
 * Returns the trimmed reason.
 */
export function checkShipmentTransition(
  from: ShipmentStatus,
  request: ShipmentTransitionRequest,
): { reason: string | null } {
  const { to } = request;
  const allowed = allowedNext[from];
  if (!allowed.includes(to)) {
    const message =
      from === to
        ? `The shipment is already ${label[to]}`
        : allowed.length === 0
          ? `A ${label[from]} shipment cannot change any more`
          : `A shipment ${label[from]} cannot become ${label[to]}; it can become: ${allowed.map((s) => label[s]).join(', ')}`;
    throw AppError.conflict(message, { from, to, allowed: [...allowed] });
  }
  const reason = request.reason?.trim() ? request.reason.trim() : null;
  if (to === 'assigned' && !request.vehicleId) {
    throw AppError.invalid([{ field: 'vehicleId', message: 'is required to assign a shipment' }]);
  }
  if (to === 'cancelled' && !reason) {
    throw AppError.invalid([{ field: 'reason', message: 'is required to cancel a shipment' }]);
  }
  return { reason };
}

export const stopStatuses = ['pending', 'arrived', 'departed'] as const;
export type StopStatus = (typeof stopStatuses)[number];

export interface StopTimes {
  sequence: number;
  actualArrivalAt: Date | null;
  actualDepartureAt: Date | null;
}

export function stopStatus(stop: StopTimes): StopStatus {
  if (stop.actualDepartureAt) return 'departed';
  return stop.actualArrivalAt ? 'arrived' : 'pending';
}

/**
 * Checks an arrival or departure at stop `sequence` of a shipment in transit: stops are visited in
 * order (arrive at a stop after leaving the one before), departure follows arrival, times never go
 * back. 409 for an out-of-order event, 400 naming `at` or `sequence` for a bad value.
 */
export function checkStopEvent(
  status: ShipmentStatus,
  stops: readonly StopTimes[],
  sequence: number,
  event: 'arrived' | 'departed',
  at: Date,
): void {
  if (status !== 'in_transit') {
    throw AppError.conflict(`Stops are recorded while the shipment is in transit; it is ${label[status]}`);
  }
  const stop = stops.find((s) => s.sequence === sequence);
  if (!stop) throw AppError.invalid([{ field: 'sequence', message: `the shipment has no stop ${sequence}` }]);
  const current = stopStatus(stop);
  if (event === 'arrived') {
    if (current !== 'pending') throw AppError.conflict(`The arrival at stop ${sequence} is recorded already`);
    const previous = stops.find((s) => s.sequence === sequence - 1);
    if (previous && !previous.actualDepartureAt) {
      throw AppError.conflict(`Record the departure from stop ${previous.sequence} first`);
    }
    if (previous?.actualDepartureAt && at < previous.actualDepartureAt) {
      throw AppError.invalid([
        { field: 'at', message: `must not be before the departure from stop ${previous.sequence}` },
      ]);
    }
    return;
  }
  if (current === 'pending') throw AppError.conflict(`Record the arrival at stop ${sequence} first`);
  if (current === 'departed')
    throw AppError.conflict(`The departure from stop ${sequence} is recorded already`);
  if (stop.actualArrivalAt && at < stop.actualArrivalAt) {
    throw AppError.invalid([{ field: 'at', message: 'must not be before the arrival' }]);
  }
}
