import { AppError } from '@crm/core';
import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  planTransition,
  reservationExpired,
  vehicleStatuses,
  type VehicleStatus,
} from '../src/server/vehicles/vehicle-state-machine.js';

const now = new Date('2026-03-01T10:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const state = (status: VehicleStatus) => ({
  status,
  reservedUntil: status === 'reserved' ? inHours(2) : null,
});

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('vehicle availability state machine', () => {
  it('allows exactly the transitions of the brief', () => {
    const table = Object.fromEntries(vehicleStatuses.map((s) => [s, [...allowedTransitions(s)]]));
    expect(table).toEqual({
      free: ['reserved', 'blocked'],
      reserved: ['in_transit', 'free', 'blocked'],
      in_transit: ['free', 'blocked'],
      blocked: ['free'],
    });
  });

  it('refuses every other transition with a 409 naming the allowed ones', () => {
    for (const from of vehicleStatuses) {
      for (const to of vehicleStatuses.filter((s) => !allowedTransitions(from).includes(s))) {
        const error = refusal(() =>
          planTransition(state(from), { to, reason: 'x', reservedUntil: inHours(1) }, now),
        );
        expect(error.code, `${from} → ${to}`).toBe('CONFLICT');
        expect(error.details).toMatchObject({ from, to, allowed: [...allowedTransitions(from)] });
      }
    }
    expect(
      refusal(() => planTransition(state('in_transit'), { to: 'reserved', reservedUntil: inHours(1) }, now))
        .message,
    ).toBe('An in-transit vehicle cannot become reserved; it can become: free, blocked');
  });

  it('blocks from any state, with a reason only', () => {
    for (const from of ['free', 'reserved', 'in_transit'] as const) {
      expect(planTransition(state(from), { to: 'blocked', reason: ' Accident ' }, now)).toEqual({
        status: 'blocked',
        statusReason: 'Accident',
        reservedUntil: null,
      });
      const error = refusal(() => planTransition(state(from), { to: 'blocked', reason: '' }, now));
      expect(error.details?.fields).toEqual([{ field: 'reason', message: 'is required to block a vehicle' }]);
    }
  });

  it('reserves until a future deadline at most 14 days ahead, cleared on leaving', () => {
    expect(planTransition(state('free'), { to: 'reserved', reservedUntil: inHours(4) }, now)).toEqual({
      status: 'reserved',
      statusReason: null,
      reservedUntil: inHours(4),
    });
    for (const reservedUntil of [undefined, now, inHours(-1), inHours(14 * 24 + 1)]) {
      const error = refusal(() => planTransition(state('free'), { to: 'reserved', reservedUntil }, now));
      expect(error.details?.fields?.[0]?.field).toBe('reservedUntil');
    }
    expect(planTransition(state('reserved'), { to: 'in_transit' }, now).reservedUntil).toBeNull();
  });

  it('treats a reservation past its deadline as lapsed', () => {
    expect(reservationExpired({ status: 'reserved', reservedUntil: inHours(-0.01) }, now)).toBe(true);
    expect(reservationExpired({ status: 'reserved', reservedUntil: inHours(1) }, now)).toBe(false);
    expect(reservationExpired({ status: 'free', reservedUntil: null }, now)).toBe(false);
  });
});
