import { AppError } from '@crm/core';
import type { ChangeType, StandardStatus } from './reso-values.js';

/**
 * The listing's RESO StandardStatus machine (VERTICALS.md 4(a)): Incomplete → ComingSoon → Active;
 * Active → ActiveUnderContract → Pending → Closed; Active ⇄ Hold, Active ⇄ Withdrawn; ComingSoon,
 * Active, Hold, Withdrawn → Expired or Canceled; back on market from ActiveUnderContract / Pending;
 * any → Delete (a listing that was never valid). Closed, Expired, Canceled and Delete end the listing.
 */
const allowedNext: Record<StandardStatus, readonly StandardStatus[]> = {
  Incomplete: ['ComingSoon', 'Active', 'Delete'],
  ComingSoon: ['Active', 'Expired', 'Canceled', 'Delete'],
  Active: ['ActiveUnderContract', 'Pending', 'Hold', 'Withdrawn', 'Expired', 'Canceled', 'Delete'],
  ActiveUnderContract: ['Pending', 'Active', 'Canceled', 'Delete'],
  Pending: ['Closed', 'Active', 'Canceled', 'Delete'],
  Hold: ['Active', 'Expired', 'Canceled', 'Delete'],
  Withdrawn: ['Active', 'Expired', 'Canceled', 'Delete'],
  Closed: ['Delete'],
  Expired: ['Delete'],
  Canceled: ['Delete'],
  Delete: [],
};

export function allowedListingTransitions(from: StandardStatus): readonly StandardStatus[] {
  return allowedNext[from];
}

/** Statuses in which the object is offered to buyers (matching considers only these). */
export const marketedStatuses: readonly StandardStatus[] = ['ComingSoon', 'Active', 'ActiveUnderContract'];

export interface ListingTransitionRequest {
  to: StandardStatus;
  ClosePrice?: number | null | undefined;
  CloseDate?: Date | null | undefined;
}

/** What a listing status change writes to the history: RESO ChangeType of the move. */
export function changeTypeOf(from: StandardStatus, to: StandardStatus): ChangeType {
  if (to === 'Active' && (from === 'Pending' || from === 'ActiveUnderContract')) return 'BackOnMarket';
  if (to === 'Delete') return 'Deleted';
  if (to === 'Incomplete') return 'NewListing';
  return to;
}

/**
 * Checks a listing status change: 409 naming the allowed statuses for a move the machine does not
 * allow, 400 naming the field when closing without ClosePrice or CloseDate.
 */
export function planListingTransition(from: StandardStatus, request: ListingTransitionRequest): void {
  const { to } = request;
  const allowed = allowedNext[from];
  if (!allowed.includes(to)) {
    const message =
      from === to
        ? `The listing is already ${to}`
        : allowed.length === 0
          ? `A listing in ${from} cannot change its status`
          : `A listing in ${from} cannot become ${to}; it can become: ${allowed.join(', ')}`;
    throw AppError.conflict(message, { from, to, allowed: [...allowed] });
  }
  if (to === 'Closed') {
    const missing = [
      ...(request.ClosePrice === null || request.ClosePrice === undefined
        ? [{ field: 'ClosePrice', message: 'is required to close a listing' }]
        : []),
      ...(request.CloseDate ? [] : [{ field: 'CloseDate', message: 'is required to close a listing' }]),
    ];
    if (missing.length > 0) throw AppError.invalid(missing);
  }
}
