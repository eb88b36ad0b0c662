import { AppError } from '@crm/core';

/**
 * A buyer's requirement (VERTICALS.md 4(a), proposed): Active ⇄ Paused → Fulfilled | Cancelled;
 * Active → Expired when the client goes quiet; an expired requirement can be revived. Only Active
 * requirements are matched.
 */
export const requirementStatuses = ['Active', 'Paused', 'Fulfilled', 'Cancelled', 'Expired'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

const allowedNext: Record<RequirementStatus, readonly RequirementStatus[]> = {
  Active: ['Paused', 'Fulfilled', 'Cancelled', 'Expired'],
  Paused: ['Active', 'Fulfilled', 'Cancelled'],
  Expired: ['Active', 'Cancelled'],
  Fulfilled: [],
  Cancelled: [],
};

export function allowedRequirementTransitions(from: RequirementStatus): readonly RequirementStatus[] {
  return allowedNext[from];
}

/** Refuses a move the machine does not allow with 409 naming the allowed statuses. */
export function planRequirementTransition(from: RequirementStatus, to: RequirementStatus): void {
  const allowed = allowedNext[from];
  if (allowed.includes(to)) return;
  const message =
    from === to
      ? `The requirement is already ${to}`
      : allowed.length === 0
        ? `A ${from} requirement cannot change its status`
        : `A ${from} requirement cannot become ${to}; it can become: ${allowed.join(', ')}`;
  throw AppError.conflict(message, { from, to, allowed: [...allowed] });
}
