import { defineStateMachine } from '../shared/state-machine.js';

/** Referral authorization (FSC Referral, VERTICALS.md): Submitted → In review → Authorized | Rejected. */
export const referralStatuses = ['submitted', 'in_review', 'authorized', 'rejected'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralMachine = defineStateMachine<ReferralStatus>(
  'referral',
  { submitted: ['in_review'], in_review: ['authorized', 'rejected'], authorized: [], rejected: [] },
  { submitted: 'Submitted', in_review: 'In review', authorized: 'Authorized', rejected: 'Rejected' },
);

export function asReferralStatus(value: string): ReferralStatus {
  return referralStatuses.find((s) => s === value) ?? 'submitted';
}
