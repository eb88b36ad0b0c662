import { defineStateMachine } from '../shared/state-machine.js';

/** TMF622 ProductOrderStateType. */
export const orderStates = [
  'acknowledged',
  'rejected',
  'pending',
  'held',
  'inProgress',
  'cancelled',
  'completed',
  'failed',
  'partial',
  'assessingCancellation',
  'pendingCancellation',
] as const;
export type OrderState = (typeof orderStates)[number];

/** The states a cancellation may start from, and go back to when it is refused. */
export const cancellableStates: readonly OrderState[] = ['acknowledged', 'inProgress', 'pending', 'held'];

export const orderLifecycle = defineStateMachine<OrderState>({
  label: 'A product order',
  states: orderStates,
  next: {
    acknowledged: ['inProgress', 'rejected', 'assessingCancellation'],
    inProgress: ['completed', 'failed', 'partial', 'pending', 'held', 'assessingCancellation'],
    pending: ['inProgress', 'assessingCancellation'],
    held: ['inProgress', 'assessingCancellation'],
    // Back to the state before the cancellation request when it is refused (see allowedOrderStates).
    assessingCancellation: ['pendingCancellation'],
    pendingCancellation: ['cancelled'],
    rejected: [],
    cancelled: [],
    completed: [],
    failed: [],
    partial: [],
  },
});

/** Where an order may go now: assessing a cancellation may also return to the state it came from. */
export function allowedOrderStates(from: OrderState, stateBeforeCancellation: OrderState | null) {
  const next = orderLifecycle.next[from];
  return from === 'assessingCancellation' && stateBeforeCancellation
    ? [...next, stateBeforeCancellation]
    : next;
}

/** Item states: the order's without `partial` (TMF622 ProductOrderItemStateType). */
export const orderItemStates = orderStates.filter((s) => s !== 'partial');
