import { defineStateMachine } from '../shared/state-machine.js';

/**
 * TMF637 ProductStatusType. The specification spells the last value `"aborted "` (trailing space); we
 * normalise it to `aborted` deliberately (docs/decisions/telecom.md).
 */
export const productStatuses = [
  'created',
  'pendingActive',
  'active',
  'suspended',
  'pendingTerminate',
  'terminated',
  'cancelled',
  'aborted',
] as const;
export type ProductStatus = (typeof productStatuses)[number];

export const productLifecycle = defineStateMachine<ProductStatus>({
  label: 'A subscription',
  states: productStatuses,
  next: {
    created: ['pendingActive', 'cancelled', 'aborted'],
    pendingActive: ['active', 'cancelled', 'aborted'],
    active: ['suspended', 'pendingTerminate'],
    // Dunning: a suspended line may be reactivated or, unpaid, go to termination.
    suspended: ['active', 'pendingTerminate'],
    pendingTerminate: ['terminated'],
    terminated: [],
    cancelled: [],
    aborted: [],
  },
});

/** Subscriptions that count as the client's live lines (billed, re-priced by the savings offer). */
export const liveProductStatuses: readonly ProductStatus[] = ['active', 'suspended'];
