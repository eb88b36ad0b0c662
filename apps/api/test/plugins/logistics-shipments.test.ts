import { plugins } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Stop {
  sequence: number;
  place: string;
  plannedArrivalAt: string | null;
  actualArrivalAt: string | null;
  actualDepartureAt: string | null;
  status: string;
}
interface Shipment {
  id: string;
  number: string;
  status: string;
  vehicleId: string | null;
  statusReason: string | null;
  allowedTransitions: string[];
  dispatchedAt: string | null;
  deliveredAt: string | null;
  stops: Stop[];
  version: number;
}
interface Vehicle {
  id: string;
  status: string;
  reservedUntil: string | null;
  reservedForAccountId: string | null;
}
interface ShipmentEvent {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  stopSequence: number | null;
  actorUserId: string | null;
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let accountId: string;
let routeId: string;
let serial = 0;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Freight');
  await plugins.enablePluginsAsTenantAdmin(h.t.db, a.tenantId, h.services.plugins);
  accountId = (await create<{ id: string }>(admin(), '/accounts', { name: 'ООО «ТрансЛес»' })).id;
  routeId = (
    await create<{ id: string }>(admin(), '/logistics/routes', {
      code: 'T-MSK-SPB',
      name: 'Москва — Санкт-Петербург',
      stops: [
        { kind: 'pickup', place: 'Москва, склад на Складочной, 1', dwellMinutes: 60 },
        { kind: 'waypoint', place: 'Тверь, терминал', offsetMinutes: 240, dwellMinutes: 30 },
        { kind: 'delivery', place: 'Санкт-Петербург, Шушары', offsetMinutes: 720 },
      ],
    })
  ).id;
});
afterAll(async () => h.close());

async function newVehicle(payloadKg = 20000): Promise<Vehicle> {
  serial += 1;
  return create<Vehicle>(admin(), '/logistics/vehicles', {
    plateNumber: `Т${100 + serial}ТТ77`,
    make: 'Volvo',
    model: 'FH',
    bodyType: 'tent',
    payloadKg,
  });
}
async function newShipment(extra: object = {}, token = admin()): Promise<Shipment> {
  serial += 1;
  return create<Shipment>(token, '/logistics/shipments', {
    number: `SH-${serial}`,
    accountId,
    cargo: 'Пиломатериалы',
    weightKg: 18000,
    routeId,
    plannedStartAt: '2030-03-01T06:00:00Z',
    ...extra,
  });
}
const transition = (id: string, body: object, token = admin()) =>
  call<Shipment & ErrorBody>(token, 'POST', `/logistics/shipments/${id}/transition`, body);
const stop = (id: string, sequence: number, event: string, token = admin()) =>
  call<Shipment & ErrorBody>(token, 'POST', `/logistics/shipments/${id}/stops/${sequence}`, { event });
const vehicleOf = async (id: string) =>
  (await call<Vehicle>(admin(), 'GET', `/logistics/vehicles/${id}`)).body;

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
    expect(reserved).toMatchObject({ status: 'reserved', reservedForAccountId: accountId });
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
    expect(history.body.items.every((e) => e.actorUserId === a.users.admin.userId)).toBe(true);
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
    await h.t.db.withSystemRoleAcrossTenants(
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
      accountId,
      cargo: '',
      weightKg: 0,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['cargo', 'stops', 'weightKg']);
    const badStops = await call<ErrorBody>(admin(), 'POST', '/logistics/shipments', {
      number: 'BAD-2',
      accountId,
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
      accountId,
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
      accountId,
      cargo: 'x',
      weightKg: 10,
      routeId: accountId,
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

describe('roles and scope', () => {
  it("shows a sales rep only the shipments and contracts of accounts they may read; viewers can't move shipments", async () => {
    const shipment = await newShipment();
    const rep = a.users.sales_rep.token;
    const own = (await create<{ id: string }>(rep, '/accounts', { name: 'ИП Петров' })).id;
    const mine = await newShipment({ accountId: own }, rep);
    const list = await call<Items<Shipment>>(rep, 'GET', '/logistics/shipments');
    expect(list.body.items.map((s) => s.id)).toEqual([mine.id]);
    expect((await call(rep, 'GET', `/logistics/shipments/${shipment.id}`)).status).toBe(404);
    expect((await transition(shipment.id, { to: 'cancelled', reason: 'x' }, rep)).status).toBe(404);

    await create(admin(), '/logistics/contracts', {
      number: 'SCOPE-1',
      accountId,
      kind: 'client',
      startsOn: '2025-01-01',
      endsOn: '2031-01-01',
    });
    const repContract = await create<{ id: string }>(rep, '/logistics/contracts', {
      number: 'SCOPE-2',
      accountId: own,
      kind: 'client',
      startsOn: '2025-01-01',
      endsOn: '2031-01-01',
    });
    const contracts = await call<Items<{ number: string }>>(rep, 'GET', '/logistics/contracts?limit=200');
    expect(contracts.body.items.map((c) => c.number)).toEqual(['SCOPE-2']);
    const all = await call<Items<{ number: string }>>(admin(), 'GET', '/logistics/contracts?limit=200');
    expect(all.body.items.map((c) => c.number)).toEqual(expect.arrayContaining(['SCOPE-1', 'SCOPE-2']));
    expect((await call(rep, 'GET', `/logistics/contracts/${repContract.id}`)).status).toBe(200);

    const viewer = a.users.viewer.token;
    expect((await call(viewer, 'GET', `/logistics/shipments/${shipment.id}`)).status).toBe(200);
    expect((await transition(shipment.id, { to: 'cancelled', reason: 'x' }, viewer)).status).toBe(403);
    expect((await call(a.users.marketer.token, 'GET', '/logistics/shipments')).status).toBe(403);
    const route = {
      code: 'REP',
      name: 'x',
      stops: [
        { kind: 'pickup', place: 'Казань' },
        { kind: 'delivery', place: 'Уфа' },
      ],
    };
    expect((await call(rep, 'POST', '/logistics/routes', route)).status).toBe(403);
  });
});
