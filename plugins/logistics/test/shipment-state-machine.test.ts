import { AppError } from '@crm/core';
import { describe, expect, it } from 'vitest';
import {
  allowedShipmentTransitions,
  checkShipmentTransition,
  checkStopEvent,
  shipmentStatuses,
  stopStatus,
} from '../src/server/shipments/shipment-state-machine.js';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const t = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 8, minutes));
const stops = [
  { sequence: 1, actualArrivalAt: t(0), actualDepartureAt: t(30) },
  { sequence: 2, actualArrivalAt: t(90), actualDepartureAt: null },
  { sequence: 3, actualArrivalAt: null, actualDepartureAt: null },
];

describe('shipment state machine', () => {
  it('allows exactly the documented transitions', () => {
    const table = Object.fromEntries(shipmentStatuses.map((s) => [s, allowedShipmentTransitions(s)]));
    expect(table).toEqual({
      planned: ['assigned', 'cancelled'],
      assigned: ['in_transit', 'planned', 'cancelled'],
      in_transit: ['delivered', 'cancelled'],
      delivered: [],
      cancelled: [],
    });
  });

  it('refuses every other transition with a 409 naming the allowed ones', () => {
    for (const from of shipmentStatuses) {
      for (const to of shipmentStatuses) {
        if (allowedShipmentTransitions(from).includes(to)) continue;
        const error = refusal(() => checkShipmentTransition(from, { to, vehicleId: 'v', reason: 'r' }));
        expect(error.code, `${from} → ${to}`).toBe('CONFLICT');
        expect(error.details).toMatchObject({ from, to, allowed: [...allowedShipmentTransitions(from)] });
      }
    }
    expect(
      refusal(() => checkShipmentTransition('delivered', { to: 'cancelled', reason: 'x' })).message,
    ).toBe('A delivered shipment cannot change any more');
  });

  it('requires a vehicle to assign and a reason to cancel, naming the field', () => {
    expect(refusal(() => checkShipmentTransition('planned', { to: 'assigned' })).details).toEqual({
      fields: [{ field: 'vehicleId', message: 'is required to assign a shipment' }],
    });
    expect(refusal(() => checkShipmentTransition('in_transit', { to: 'cancelled', reason: '  ' })).code).toBe(
      'BAD_REQUEST',
    );
    expect(checkShipmentTransition('in_transit', { to: 'cancelled', reason: ' Авария ' })).toEqual({
      reason: 'Авария',
    });
  });

  it('records stops in order, departure after arrival, only in transit', () => {
    expect(stops.map(stopStatus)).toEqual(['departed', 'arrived', 'pending']);
    expect(() => {
      checkStopEvent('in_transit', stops, 2, 'departed', t(100));
    }).not.toThrow();
    expect(
      refusal(() => {
        checkStopEvent('in_transit', stops, 3, 'arrived', t(200));
      }).message,
    ).toBe('Record the departure from stop 2 first');
    expect(
      refusal(() => {
        checkStopEvent('in_transit', stops, 2, 'departed', t(60));
      }).details,
    ).toEqual({
      fields: [{ field: 'at', message: 'must not be before the arrival' }],
    });
    expect(
      refusal(() => {
        checkStopEvent('in_transit', stops, 1, 'arrived', t(0));
      }).code,
    ).toBe('CONFLICT');
    expect(
      refusal(() => {
        checkStopEvent('in_transit', stops, 4, 'arrived', t(0));
      }).details,
    ).toEqual({
      fields: [{ field: 'sequence', message: 'the shipment has no stop 4' }],
    });
    expect(
      refusal(() => {
        checkStopEvent('assigned', stops, 3, 'arrived', t(0));
      }).message,
    ).toBe('Stops are recorded while the shipment is in transit; it is assigned');
  });
});
