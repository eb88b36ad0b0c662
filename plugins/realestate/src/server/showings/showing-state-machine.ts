import { AppError } from '@crm/core';

/** RESO ShowingAppointmentStatus. */
export const showingStatuses = ['Pending', 'Confirmed', 'Denied', 'Cancelled'] as const;
export type ShowingStatus = (typeof showingStatuses)[number];

export const showingRequestTypes = [
  'First',
  'Second',
  'Inspection',
  'WalkThrough',
  'BrokerPreview',
  'BrokerPriceOpinion',
] as const;
export const showingMethods = ['InPerson', 'Virtual', 'Other'] as const;

/**
 * A showing appointment (VERTICALS.md 4(a)): Pending → Confirmed | Denied; Confirmed → Cancelled.
 * A pending request may also be withdrawn (Cancelled) before anyone answers it.
 */
const allowedNext: Record<ShowingStatus, readonly ShowingStatus[]> = {
  Pending: ['Confirmed', 'Denied', 'Cancelled'],
  Confirmed: ['Cancelled'],
  Denied: [],
  Cancelled: [],
};

export function allowedShowingTransitions(from: ShowingStatus): readonly ShowingStatus[] {
  return allowedNext[from];
}

/** 409 naming the allowed statuses for a move the machine does not allow; 400 for a denial without reason. */
export function planShowingTransition(from: ShowingStatus, to: ShowingStatus, reason: string | null): void {
  const allowed = allowedNext[from];
  if (!allowed.includes(to)) {
    const message =
      from === to
        ? `The showing is already ${to}`
        : allowed.length === 0
          ? `A ${from} showing cannot change its status`
          : `A ${from} showing cannot become ${to}; it can become: ${allowed.join(', ')}`;
    throw AppError.conflict(message, { from, to, allowed: [...allowed] });
  }
  if ((to === 'Denied' || to === 'Cancelled') && !reason) {
    throw AppError.invalid([
      { field: 'reason', message: `is required when a showing is ${to.toLowerCase()}` },
    ]);
  }
}
