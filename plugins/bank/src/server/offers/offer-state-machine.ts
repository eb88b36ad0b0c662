import { defineStateMachine } from '../shared/state-machine.js';

/**
 * Customer offer (BIAN Customer Offer, simplified for cross-sell): proposed → presented → accepted |
 * declined; an open offer may expire (validity ran out) or be withdrawn.
 */
export const offerStatuses = [
  'proposed',
  'presented',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type OfferStatus = (typeof offerStatuses)[number];
export const openOfferStatuses: readonly OfferStatus[] = ['proposed', 'presented'];

export const offerMachine = defineStateMachine<OfferStatus>(
  'offer',
  {
    proposed: ['presented', 'accepted', 'declined', 'expired', 'withdrawn'],
    presented: ['accepted', 'declined', 'expired', 'withdrawn'],
    accepted: [],
    declined: [],
    expired: [],
    withdrawn: [],
  },
  {
    proposed: 'Proposed',
    presented: 'Presented',
    accepted: 'Accepted',
    declined: 'Declined',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
  },
);

export function asOfferStatus(value: string): OfferStatus {
  return offerStatuses.find((s) => s === value) ?? 'proposed';
}
