import { AppError } from '@crm/core';
import { describe, expect, it } from 'vitest';
import {
  allowedListingTransitions,
  changeTypeOf,
  planListingTransition,
} from '../src/server/properties/listing-state-machine.js';
import { standardStatuses } from '../src/server/properties/reso-values.js';
import {
  allowedVerificationTransitions,
  planVerification,
  verificationStatuses,
} from '../src/server/properties/verification-state-machine.js';
import {
  allowedRequirementTransitions,
  planRequirementTransition,
  requirementStatuses,
} from '../src/server/requirements/requirement-state-machine.js';
import {
  allowedShowingTransitions,
  planShowingTransition,
  showingStatuses,
} from '../src/server/showings/showing-state-machine.js';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const now = new Date('2026-03-01T10:00:00Z');

describe('listing status (RESO StandardStatus)', () => {
  it('allows the moves of VERTICALS.md and nothing else', () => {
    expect(Object.fromEntries(standardStatuses.map((s) => [s, [...allowedListingTransitions(s)]]))).toEqual({
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
    });
  });

  it('refuses every other move with a 409 naming the allowed statuses', () => {
    for (const from of standardStatuses) {
      for (const to of standardStatuses.filter((s) => !allowedListingTransitions(from).includes(s))) {
        const error = refusal(() => {
          planListingTransition(from, { to, ClosePrice: 1, CloseDate: now });
        });
        expect(error.code, `${from} → ${to}`).toBe('CONFLICT');
        expect(error.details).toMatchObject({ from, to, allowed: [...allowedListingTransitions(from)] });
      }
    }
    expect(
      refusal(() => {
        planListingTransition('Incomplete', { to: 'Closed' });
      }).message,
    ).toBe('A listing in Incomplete cannot become Closed; it can become: ComingSoon, Active, Delete');
    expect(
      refusal(() => {
        planListingTransition('Delete', { to: 'Active' });
      }).message,
    ).toBe('A listing in Delete cannot change its status');
  });

  it('needs ClosePrice and CloseDate to close, naming the fields', () => {
    const error = refusal(() => {
      planListingTransition('Pending', { to: 'Closed' });
    });
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.details?.fields?.map((f) => f.field)).toEqual(['ClosePrice', 'CloseDate']);
    expect(() => {
      planListingTransition('Pending', { to: 'Closed', ClosePrice: 0, CloseDate: now });
    }).not.toThrow();
  });

  it('logs a return to the market as BackOnMarket and a deletion as Deleted', () => {
    expect(changeTypeOf('Pending', 'Active')).toBe('BackOnMarket');
    expect(changeTypeOf('ActiveUnderContract', 'Active')).toBe('BackOnMarket');
    expect(changeTypeOf('Hold', 'Active')).toBe('Active');
    expect(changeTypeOf('Active', 'Delete')).toBe('Deleted');
    expect(changeTypeOf('Active', 'Pending')).toBe('Pending');
  });
});

describe('verification (separate from the listing status)', () => {
  it('goes Unverified → Verifying → Verified → Stale → Verifying; Duplicate only by merging', () => {
    expect(
      Object.fromEntries(verificationStatuses.map((s) => [s, [...allowedVerificationTransitions(s)]])),
    ).toEqual({
      Unverified: ['Verifying', 'Duplicate'],
      Verifying: ['Verified', 'Rejected', 'Duplicate'],
      Verified: ['Stale', 'Verifying', 'Duplicate'],
      Rejected: ['Verifying'],
      Duplicate: [],
      Stale: ['Verifying', 'Duplicate'],
    });
    const error = refusal(() => planVerification('Verifying', { to: 'Duplicate' }, now, 30));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('An object becomes Duplicate by merging it into the original');
  });

  it('sets the re-check date when verifying, needs a reason to reject, refuses skipping the check', () => {
    expect(planVerification('Verifying', { to: 'Verified', note: ' called the owner ' }, now, 30)).toEqual({
      verificationStatus: 'Verified',
      verificationNote: 'called the owner',
      verifiedAt: now,
      nextVerificationDue: new Date('2026-03-31T10:00:00Z'),
    });
    const noReason = refusal(() => planVerification('Verifying', { to: 'Rejected', note: ' ' }, now, 30));
    expect(noReason.details?.fields).toEqual([
      { field: 'note', message: 'is required to reject an object (why)' },
    ]);
    const skip = refusal(() => planVerification('Unverified', { to: 'Verified' }, now, 30));
    expect(skip.message).toBe(
      'A Unverified object cannot become Verified; it can become: Verifying, Duplicate',
    );
    for (const from of verificationStatuses) {
      for (const to of verificationStatuses.filter(
        (s) => !allowedVerificationTransitions(from).includes(s),
      )) {
        expect(
          refusal(() => planVerification(from, { to, note: 'x' }, now, 30)).code,
          `${from} → ${to}`,
        ).toBe('CONFLICT');
      }
    }
  });
});

describe('requirements and showings', () => {
  it('requirements: Active ⇄ Paused → Fulfilled | Cancelled; Expired can be revived', () => {
    expect(
      Object.fromEntries(requirementStatuses.map((s) => [s, [...allowedRequirementTransitions(s)]])),
    ).toEqual({
      Active: ['Paused', 'Fulfilled', 'Cancelled', 'Expired'],
      Paused: ['Active', 'Fulfilled', 'Cancelled'],
      Fulfilled: [],
      Cancelled: [],
      Expired: ['Active', 'Cancelled'],
    });
    expect(
      refusal(() => {
        planRequirementTransition('Fulfilled', 'Active');
      }).message,
    ).toBe('A Fulfilled requirement cannot change its status');
  });

  it('showings (RESO ShowingAppointmentStatus): Pending → Confirmed | Denied; Confirmed → Cancelled', () => {
    expect(Object.fromEntries(showingStatuses.map((s) => [s, [...allowedShowingTransitions(s)]]))).toEqual({
      Pending: ['Confirmed', 'Denied', 'Cancelled'],
      Confirmed: ['Cancelled'],
      Denied: [],
      Cancelled: [],
    });
    expect(
      refusal(() => {
        planShowingTransition('Denied', 'Confirmed', null);
      }).message,
    ).toBe('A Denied showing cannot change its status');
    expect(
      refusal(() => {
        planShowingTransition('Pending', 'Denied', null);
      }).details?.fields,
    ).toEqual([{ field: 'reason', message: 'is required when a showing is denied' }]);
    expect(() => {
      planShowingTransition('Pending', 'Confirmed', null);
    }).not.toThrow();
  });
});
