import { defineStateMachine } from '../shared/state-machine.js';

/**
 * TMF620 ProductOffering.lifecycleStatus, the TM Forum guideline values (VERTICALS.md, telecom):
 * In study → In design → In test → Active → Launched → Retired → Obsolete; In design / In test → Rejected.
 */
export const lifecycleStatuses = [
  'In study',
  'In design',
  'In test',
  'Active',
  'Launched',
  'Retired',
  'Obsolete',
  'Rejected',
] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

export const offeringLifecycle = defineStateMachine<LifecycleStatus>({
  label: 'A product offering',
  states: lifecycleStatuses,
  next: {
    'In study': ['In design'],
    'In design': ['In test', 'Rejected'],
    // Approval may launch straight from test (VERTICALS.md, workflow 6) or via Active.
    'In test': ['Active', 'Launched', 'Rejected'],
    Active: ['Launched', 'Retired'],
    Launched: ['Retired'],
    Retired: ['Obsolete'],
    Obsolete: [],
    Rejected: [],
  },
});

/** Only these can be ordered (and offered as a cheaper tariff). */
export const orderableStatuses: readonly LifecycleStatus[] = ['Active', 'Launched'];

/** Prices and bundle contents are fixed once an offering is on the market. */
export const editablePriceStatuses: readonly LifecycleStatus[] = ['In study', 'In design', 'In test'];
