import { describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import {
  logisticsShipmentsHarness,
  type Items,
  type Shipment,
  type ShipmentEvent,
} from './logistics-harness.js';

const w = logisticsShipmentsHarness();
const { call, admin, newVehicle, newShipment, transition, stop, vehicleOf } = w;

describe('routes and shipments with stops', () => {
  it('plans a shipment on a route: stops copied in order, timed from the planned start', async () => {
    const shipment = await newShipment();
    expect(shipment).toMatchObject({
      status: 'planned',
      vehicleId: null,
      allowedTransitions: ['assigned', 'cancelled'],
    });
    expect(shipment.stops.map((s) => [s.sequence, s.place, s.plannedArrivalAt, s.status])).toEqual([
      [1, 'Москва, склад на Складочной, 1', '2030-03-01T06:00:00.000Z', 'pending'],
      [2, 'Тверь, терминал', '2030-03-01T10:00:00.000Z', 'pending'],
      [3, 'Санкт-Петербург, Шушары', '2030-03-01T18:00:00.000Z', 'pending'],
    ]);
    const routes = await call<Items<{ code: string; stops: unknown[] }>>(
      admin(),
      'GET',
      '/logistics/routes?search=T-MSK',
    );
    expect(routes.body.items.map((r) => [r.code, r.stops.length])).toEqual([['T-MSK-SPB', 3]]);
  });

  it('goes planned → assigned → in transit → delivered with the vehicle reserved, in transit, then free', async () => {
    const vehicle = await newVehicle();
    const shipment = await newShipment();
    const assigned = await transition(shipment.id, { to: 'assigned', vehicleId: vehicle.id });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', vehicleId: vehicle.id });
    const reserved = await vehicleOf(vehicle.id);
    expect(reserved).toMatchObject({ status: 'reserved', reservedForAccountId: w.accountId });
    // The tenant's default reservation (4 hours).
    const hours = (Date.parse(reserved.reservedUntil ?? '') - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);

    const dispatched = await transition(shipment.id, { to: 'in_transit' });
    expect(dispatched.body).toMatchObject({ status: 'in_transit' });
    expect(dispatched.body.dispatchedAt).not.toBeNull();
    expect((await vehicleOf(vehicle.id)).status).toBe('in_transit');

    const early = await transition(shipment.id, { to: 'delivered' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Record the arrival at the last stop (3) before delivering');

    expect((await stop(shipment.id, 2, 'arrived')).body.error.message).toBe(
      'Record the departure from stop 1 first',
    );
    expect((await stop(shipment.id, 1, 'departed')).body.error.message).toBe(
      'Record the arrival at stop 1 first',
    );
    for (const [sequence, event] of [
      [1, 'arrived'],
      [1, 'departed'],
      [2, 'arrived'],
      [2, 'departed'],
      [3, 'arrived'],
    ] as const) {
      const res = await stop(shipment.id, sequence, event);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect((await stop(shipment.id, 3, 'arrived')).status).toBe(409);
    const delivered = await transition(shipment.id, { to: 'delivered' });
    expect(delivered.body).toMatchObject({ status: 'delivered', allowedTransitions: [] });
    expect(delivered.body.stops.map((s) => s.status)).toEqual(['departed', 'departed', 'arrived']);
    expect((await vehicleOf(vehicle.id)).status).toBe('free');

    const history = await call<Items<ShipmentEvent>>(
      admin(),
      'GET',
      `/logistics/shipments/${shipment.id}/history`,
    );
    expect(history.body.items.map((e) => `${e.kind}:${e.toStatus ?? e.stopSequence}`).reverse()).toEqual([
      'created:planned',
      'status:assigned',
      'status:in_transit',
      'arrived:1',
      'departed:1',
      'arrived:2',
      'departed:2',
      'arrived:3',
      'status:delivered',
    ]);
    expect(history.body.items.every((e) => e.actorUserId === w.a.users.admin.userId)).toBe(true);
    const vehicleLog = await call<Items<{ fromStatus: string; toStatus: string; reason: string | null }>>(
      admin(),
      'GET',
      `/logistics/vehicles/${vehicle.id}/history`,
    );
    expect(vehicleLog.body.items.map((c) => `${c.fromStatus}>${c.toStatus}`).reverse()).toEqual([
      'free>reserved',
      'reserved>in_transit',
      'in_transit>free',
    ]);
    expect(vehicleLog.body.items[0]?.reason).toBe(`shipment ${shipment.number}`);
  });

  it('rejects invalid transitions with a clear error, changing neither shipment nor vehicle', async () => {
    const shipment = await newShipment();
    const direct = await transition(shipment.id, { to: 'in_transit' });
    expect(direct.status).toBe(409);
    expect(direct.body.error.message).toBe(
      'A shipment planned cannot become in transit; it can become: assigned, cancelled',
    );
    expect(fieldsOf((await transition(shipment.id, { to: 'assigned' })).body)).toEqual(['vehicleId']);
    expect(fieldsOf((await transition(shipment.id, { to: 'cancelled', reason: ' ' })).body)).toEqual([
      'reason',
    ]);
    expect(
      fieldsOf((await transition(shipment.id, { to: 'assigned', vehicleId: shipment.id })).body),
    ).toEqual(['vehicleId']);
    const small = await newVehicle(5000);
    const tooHeavy = await transition(shipment.id, { to: 'assigned', vehicleId: small.id });
    expect(tooHeavy.body.error.details.fields).toEqual([
      { field: 'vehicleId', message: 'carries at most 5000 kg; the shipment weighs 18000 kg' },
    ]);
    expect((await vehicleOf(small.id)).status).toBe('free');
    expect((await stop(shipment.id, 1, 'arrived')).body.error.message).toBe(
      'Stops are recorded while the shipment is in transit; it is planned',
    );
    const busy = await newVehicle();
    const other = await newShipment();
    await transition(other.id, { to: 'assigned', vehicleId: busy.id });
    const taken = await transition(shipment.id, { to: 'assigned', vehicleId: busy.id });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe('The vehicle is already reserved');
    const after = await call<Shipment>(admin(), 'GET', `/logistics/shipments/${shipment.id}`);
    expect(after.body).toMatchObject({ status: 'planned', vehicleId: null, version: shipment.version });
  });

  it('cancelling or unassigning releases the vehicle; a lapsed reservation cannot be dispatched', async () => {
    const vehicle = await newVehicle();
    const shipment = await newShipment();
    await transition(shipment.id, { to: 'assigned', vehicleId: vehicle.id });
    const unassigned = await transition(shipment.id, { to: 'planned' });
    expect(unassigned.body).toMatchObject({ status: 'planned', vehicleId: null });
    expect((await vehicleOf(vehicle.id)).status).toBe('free');

    await transition(shipment.id, { to: 'assigned', vehicleId: vehicle.id });
    await transition(shipment.id, { to: 'in_transit' });
    const cancelled = await transition(shipment.id, { to: 'cancelled', reason: 'Клиент отказался' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: 'Клиент отказался' });
    expect((await vehicleOf(vehicle.id)).status).toBe('free');
    const again = await transition(shipment.id, { to: 'planned' });
    expect(again.body.error.message).toBe('A cancelled shipment cannot change any more');

    const lapsed = await newShipment();
    await transition(lapsed.id, { to: 'assigned', vehicleId: vehicle.id });
    await w.h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$executeRaw`UPDATE "LogisticsVehicle" SET "reservedUntil" = now() - interval '1 minute' WHERE "id" = ${vehicle.id}::uuid`,
    );
    const dispatch = await transition(lapsed.id, { to: 'in_transit' });
    expect(dispatch.status).toBe(409);
    expect(dispatch.body.error.message).toContain('no longer reserved');
  });

  it('names the invalid fields of a new shipment and writes nothing', async () => {
    const bad = await call<ErrorBody>(admin(), 'POST', '/logistics/shipments', {
      number: 'BAD-1',
      accountId: w.accountId,
      cargo: '',
      weightKg: 0,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['cargo', 'stops', 'weightKg']);
    const badStops = await call<ErrorBody>(admin(), 'POST', '/logistics/shipments', {
      number: 'BAD-2',
      accountId: w.accountId,
      cargo: 'x',
      weightKg: 10,
      stops: [
        {
          kind: 'pickup',
          place: 'Казань',
          plannedArrivalAt: '2030-01-01T10:00:00Z',
          plannedDepartureAt: '2030-01-01T09:00:00Z',
        },
        { kind: 'delivery', place: 'Уфа' },
      ],
    });
    expect(fieldsOf(badStops.body)).toEqual(['stops.0.plannedDepartureAt']);
    const badKind = await call<ErrorBody>(admin(), 'POST', '/logistics/shipments', {
      number: 'BAD-4',
      accountId: w.accountId,
      cargo: 'x',
      weightKg: 10,
      stops: [
        { kind: 'pickup', place: 'Казань' },
        { kind: 'unload', place: 'Уфа' },
      ],
    });
    expect(fieldsOf(badKind.body)).toEqual(['stops.1.kind']);
    const noRoute = await call<ErrorBody>(admin(), 'POST', '/logistics/shipments', {
      number: 'BAD-3',
      accountId: w.accountId,
      cargo: 'x',
      weightKg: 10,
      routeId: w.accountId,
    });
    expect(fieldsOf(noRoute.body)).toEqual(['routeId']);
    const list = await call<Items<Shipment>>(admin(), 'GET', '/logistics/shipments?limit=200');
    expect(list.body.items.filter((s) => s.number.startsWith('BAD-'))).toEqual([]);
    const route = await call<ErrorBody>(admin(), 'POST', '/logistics/routes', {
      code: 'R',
      name: 'x',
      stops: [
        { kind: 'pickup', place: 'Казань', offsetMinutes: 100 },
        { kind: 'delivery', place: 'Уфа', offsetMinutes: 50 },
      ],
    });
    expect(fieldsOf(route.body)).toEqual(['stops.1.offsetMinutes']);
  });
});
