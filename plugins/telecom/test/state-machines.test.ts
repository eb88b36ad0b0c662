import { AppError } from '@crm/core';
import { describe, expect, it } from 'vitest';
import { offeringLifecycle } from '../src/server/offerings/offering-lifecycle.js';
import { allowedOrderStates, orderLifecycle } from '../src/server/orders/order-state.js';
import { productLifecycle } from '../src/server/products/product-status.js';
import { assertTransition, type StateMachine } from '../src/server/shared/state-machine.js';
import { ticketLifecycle } from '../src/server/tickets/ticket-status.js';

function refusal<S extends string>(machine: StateMachine<S>, from: S, to: S): AppError {
  try {
    assertTransition(machine, from, to);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${from} → ${to} was allowed`);
}

/** Every pair (from, to) the machine allows, as "from>to". */
const allowedPairs = <S extends string>(machine: StateMachine<S>) =>
  machine.states.flatMap((from) =>
    machine.states.flatMap((to) => {
      try {
        assertTransition(machine, from, to);
        return [`${from}>${to}`];
      } catch {
        return [];
      }
    }),
  );

describe('TMF620 offering lifecycle', () => {
  it('follows In study → In design → In test → Active → Launched → Retired → Obsolete, with Rejected from design and test', () => {
    expect(allowedPairs(offeringLifecycle).sort()).toEqual(
      [
        'In study>In design',
        'In design>In test',
        'In design>Rejected',
        'In test>Active',
        'In test>Launched',
        'In test>Rejected',
        'Active>Launched',
        'Active>Retired',
        'Launched>Retired',
        'Retired>Obsolete',
      ].sort(),
    );
  });

  it('refuses a skip with 409 naming from, to and what is allowed', () => {
    const error = refusal(offeringLifecycle, 'In study', 'Launched');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'A product offering cannot go from "In study" to "Launched"; from "In study" it can go to: In design',
    );
    expect(error.details).toEqual({ from: 'In study', to: 'Launched', allowed: ['In design'] });
    expect(refusal(offeringLifecycle, 'Obsolete', 'Launched').message).toContain('nothing (it is final)');
    expect(refusal(offeringLifecycle, 'Launched', 'Launched').message).toBe(
      'A product offering is already "Launched"',
    );
  });
});

describe('TMF637 subscription states', () => {
  it('goes created → pendingActive → active ⇄ suspended, active → pendingTerminate → terminated, cancels early', () => {
    expect(allowedPairs(productLifecycle).sort()).toEqual(
      [
        'created>pendingActive',
        'created>cancelled',
        'created>aborted',
        'pendingActive>active',
        'pendingActive>cancelled',
        'pendingActive>aborted',
        'active>suspended',
        'active>pendingTerminate',
        'suspended>active',
        'suspended>pendingTerminate',
        'pendingTerminate>terminated',
      ].sort(),
    );
    expect(refusal(productLifecycle, 'terminated', 'active').message).toBe(
      'A subscription cannot go from "terminated" to "active"; from "terminated" it can go to: nothing (it is final)',
    );
  });
});

describe('TMF622 order states', () => {
  it('runs acknowledged → inProgress → completed | failed | partial, with pending and held loops', () => {
    const pairs = allowedPairs(orderLifecycle);
    for (const pair of [
      'acknowledged>inProgress',
      'acknowledged>rejected',
      'inProgress>completed',
      'inProgress>failed',
      'inProgress>partial',
      'inProgress>pending',
      'pending>inProgress',
      'inProgress>held',
      'held>inProgress',
      'assessingCancellation>pendingCancellation',
      'pendingCancellation>cancelled',
    ])
      expect(pairs).toContain(pair);
    expect(pairs).not.toContain('acknowledged>completed');
    expect(pairs).not.toContain('completed>inProgress');
  });

  it('lets a refused cancellation return only to the state it came from', () => {
    expect(allowedOrderStates('assessingCancellation', 'held')).toEqual(['pendingCancellation', 'held']);
    expect(() => {
      assertTransition(orderLifecycle, 'assessingCancellation', 'held', ['pendingCancellation', 'held']);
    }).not.toThrow();
    expect(() => {
      assertTransition(
        orderLifecycle,
        'assessingCancellation',
        'inProgress',
        allowedOrderStates('assessingCancellation', 'held'),
      );
    }).toThrow(
      'A product order cannot go from "assessingCancellation" to "inProgress"; from "assessingCancellation" it can go to: pendingCancellation, held',
    );
  });
});

describe('TMF621 trouble-ticket statuses', () => {
  it('goes acknowledged → inProgress ⇄ pending / held → resolved → closed, reopens from resolved', () => {
    expect(allowedPairs(ticketLifecycle).sort()).toEqual(
      [
        'acknowledged>inProgress',
        'acknowledged>rejected',
        'acknowledged>cancelled',
        'inProgress>pending',
        'inProgress>held',
        'inProgress>resolved',
        'inProgress>cancelled',
        'pending>inProgress',
        'pending>cancelled',
        'held>inProgress',
        'held>cancelled',
        'resolved>closed',
        'resolved>inProgress',
      ].sort(),
    );
    expect(refusal(ticketLifecycle, 'acknowledged', 'closed').message).toBe(
      'A trouble ticket cannot go from "acknowledged" to "closed"; from "acknowledged" it can go to: inProgress, rejected, cancelled',
    );
  });
});
