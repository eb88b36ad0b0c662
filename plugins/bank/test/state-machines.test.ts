import { AppError } from '@crm/core';
import { describe, expect, it } from 'vitest';
import { campaignMachine } from '../src/server/campaigns/campaign-state-machine.js';
import { offerMachine } from '../src/server/offers/offer-state-machine.js';
import { referralMachine } from '../src/server/referrals/referral-state-machine.js';
import type { StateMachine } from '../src/server/shared/state-machine.js';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function table<S extends string>(machine: StateMachine<S>) {
  return Object.fromEntries(machine.statuses.map((s) => [s, [...machine.allowed(s)]]));
}

function refusesAllOthers<S extends string>(machine: StateMachine<S>) {
  for (const from of machine.statuses) {
    for (const to of machine.statuses.filter((s) => !machine.allowed(from).includes(s))) {
      const error = refusal(() => {
        machine.assertTransition(from, to);
      });
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ from, to, allowed: [...machine.allowed(from)] });
    }
    for (const to of machine.allowed(from)) {
      expect(() => {
        machine.assertTransition(from, to);
      }).not.toThrow();
    }
  }
}

describe('referral state machine (Submitted → In review → Authorized | Rejected)', () => {
  it('allows exactly the transitions of the brief', () => {
    expect(table(referralMachine)).toEqual({
      submitted: ['in_review'],
      in_review: ['authorized', 'rejected'],
      authorized: [],
      rejected: [],
    });
  });

  it('refuses every other transition with a 409 naming it', () => {
    refusesAllOthers(referralMachine);
    expect(
      refusal(() => {
        referralMachine.assertTransition('submitted', 'authorized');
      }).message,
    ).toBe('Invalid referral transition Submitted → Authorized; from Submitted it can move to: In review');
    expect(
      refusal(() => {
        referralMachine.assertTransition('rejected', 'in_review');
      }).message,
    ).toBe(
      'Invalid referral transition Rejected → In review; from Rejected it can move to: nothing (it is final)',
    );
    expect(
      refusal(() => {
        referralMachine.assertTransition('in_review', 'in_review');
      }).message,
    ).toBe('The referral is already In review');
  });
});

describe('offer state machine', () => {
  it('lets open offers be presented, decided, expired or withdrawn, and nothing leave a final status', () => {
    expect(table(offerMachine)).toEqual({
      proposed: ['presented', 'accepted', 'declined', 'expired', 'withdrawn'],
      presented: ['accepted', 'declined', 'expired', 'withdrawn'],
      accepted: [],
      declined: [],
      expired: [],
      withdrawn: [],
    });
    refusesAllOthers(offerMachine);
    expect(
      refusal(() => {
        offerMachine.assertTransition('presented', 'proposed');
      }).message,
    ).toContain('Invalid offer transition Presented → Proposed');
  });
});

describe('campaign state machine', () => {
  it('draft → running → evaluated → closed, a draft may be closed', () => {
    expect(table(campaignMachine)).toEqual({
      draft: ['running', 'closed'],
      running: ['evaluated'],
      evaluated: ['closed'],
      closed: [],
    });
    refusesAllOthers(campaignMachine);
  });
});
