import { AppError } from '@crm/core';

/**
 * Verification, separate from the listing status (VERTICALS.md 4(a), proposed): Unverified →
 * Verifying → Verified | Rejected | Duplicate; Verified → Stale on the re-check timer → Verifying.
 * A rejected object may be checked again (the owner answered after all). Duplicate is reached only
 * by merging the object into another (from any status but Rejected), and ends verification.
 */
export const verificationStatuses = [
  'Unverified',
  'Verifying',
  'Verified',
  'Rejected',
  'Duplicate',
  'Stale',
] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

const allowedNext: Record<VerificationStatus, readonly VerificationStatus[]> = {
  Unverified: ['Verifying', 'Duplicate'],
  Verifying: ['Verified', 'Rejected', 'Duplicate'],
  Verified: ['Stale', 'Verifying', 'Duplicate'],
  Stale: ['Verifying', 'Duplicate'],
  Rejected: ['Verifying'],
  Duplicate: [],
};

/** Statuses an object may be merged away from (becoming Duplicate). */
export const mergeableStatuses: readonly VerificationStatus[] = verificationStatuses.filter((s) =>
  allowedNext[s].includes('Duplicate'),
);

export function allowedVerificationTransitions(from: VerificationStatus): readonly VerificationStatus[] {
  return allowedNext[from];
}

export interface VerificationRequest {
  to: VerificationStatus;
  note?: string | null | undefined;
}

export interface NextVerification {
  verificationStatus: VerificationStatus;
  verificationNote: string | null;
  verifiedAt?: Date;
  nextVerificationDue: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The verification state after `request`, or a clear error: 409 for a move the machine does not
 * allow (naming the allowed ones; Duplicate points to the merge), 400 naming `note` when rejecting
 * without a reason.
 */
export function planVerification(
  from: VerificationStatus,
  request: VerificationRequest,
  now: Date,
  reverifyDays: number,
): NextVerification {
  const { to } = request;
  const allowed = allowedNext[from];
  if (to === 'Duplicate' && allowed.includes(to)) {
    throw AppError.conflict('An object becomes Duplicate by merging it into the original', {
      from,
      to,
      allowed: [...allowed],
    });
  }
  if (!allowed.includes(to)) {
    const message =
      from === to
        ? `The object is already ${to}`
        : allowed.length === 0
          ? `A ${from} object cannot change its verification status`
          : `A ${from} object cannot become ${to}; it can become: ${allowed.join(', ')}`;
    throw AppError.conflict(message, { from, to, allowed: [...allowed] });
  }
  const note = request.note?.trim() ? request.note.trim() : null;
  if (to === 'Rejected' && !note) {
    throw AppError.invalid([{ field: 'note', message: 'is required to reject an object (why)' }]);
  }
  if (to === 'Verified') {
    return {
      verificationStatus: to,
      verificationNote: note,
      verifiedAt: now,
      nextVerificationDue: new Date(now.getTime() + reverifyDays * DAY_MS),
    };
  }
  return { verificationStatus: to, verificationNote: note, nextVerificationDue: null };
}
