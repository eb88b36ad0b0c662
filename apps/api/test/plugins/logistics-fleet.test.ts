import { describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import { day, logisticsHarness, type Items, type StatusChange, type Vehicle } from './logistics-harness.js';

const w = logisticsHarness('Северсталь-Транс');
const { call, create, admin } = w;

async function newVehicle(plateNumber: string, token = admin()): Promise<Vehicle> {
  return create<Vehicle>(token, '/logistics/vehicles', {
    plateNumber,
    make: 'КАМАЗ',
    model: '65207',
    bodyType: 'tent',
    payloadKg: 20000,
  });
}
const transition = (id: string, body: object, token = admin()) =>
  call<Vehicle & ErrorBody>(token, 'POST', `/logistics/vehicles/${id}/transition`, body);

describe('vehicle state machine', () => {
  it('goes free → reserved → in transit → free → blocked → free, logging every change', async () => {
    const vehicle = await newVehicle('а777аа77');
    expect(vehicle).toMatchObject({
      plateNumber: 'А777АА77',
      status: 'free',
      allowedTransitions: ['reserved', 'blocked'],
    });
    const until = new Date(Date.now() + 4 * 3_600_000).toISOString();
    const reserved = await transition(vehicle.id, {
      to: 'reserved',
      reservedUntil: until,
      accountId: w.accountId,
    });
    expect(reserved.status, JSON.stringify(reserved.body)).toBe(200);
    expect(reserved.body).toMatchObject({ status: 'reserved', reservedUntil: until });
    expect((await transition(vehicle.id, { to: 'in_transit' })).body.status).toBe('in_transit');
    expect((await transition(vehicle.id, { to: 'free' })).body.status).toBe('free');
    const blocked = await transition(vehicle.id, { to: 'blocked', reason: 'ДТП, ремонт' });
    expect(blocked.body).toMatchObject({
      status: 'blocked',
      statusReason: 'ДТП, ремонт',
      allowedTransitions: ['free'],
    });
    expect((await transition(vehicle.id, { to: 'free' })).body.status).toBe('free');

    const history = await call<Items<StatusChange>>(
      admin(),
      'GET',
      `/logistics/vehicles/${vehicle.id}/history`,
    );
    expect(history.body.items.map((c) => `${c.fromStatus}>${c.toStatus}`)).toEqual([
      'blocked>free',
      'free>blocked',
      'in_transit>free',
      'reserved>in_transit',
      'free>reserved',
    ]);
    expect(history.body.items.every((c) => c.actorUserId === w.a.users.admin.userId)).toBe(true);
    expect(history.body.items[1]?.reason).toBe('ДТП, ремонт');
  });

  it('rejects invalid transitions with a clear 409 naming the allowed ones, and changes nothing', async () => {
    const vehicle = await newVehicle('В100ВВ77');
    const direct = await transition(vehicle.id, { to: 'in_transit' });
    expect(direct.status).toBe(409);
    expect(direct.body.error.message).toBe(
      'A free vehicle cannot become in transit; it can become: reserved, blocked',
    );
    expect(direct.body.error.details).toMatchObject({
      from: 'free',
      to: 'in_transit',
      allowed: ['reserved', 'blocked'],
    });
    const same = await transition(vehicle.id, { to: 'free' });
    expect(same.status).toBe(409);
    expect(same.body.error.message).toBe('The vehicle is already free');
    await transition(vehicle.id, { to: 'blocked', reason: 'Техосмотр' });
    const fromBlocked = await transition(vehicle.id, {
      to: 'reserved',
      reservedUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(fromBlocked.status).toBe(409);
    expect(fromBlocked.body.error.message).toContain('it can become: free');
    const history = await call<Items<StatusChange>>(
      admin(),
      'GET',
      `/logistics/vehicles/${vehicle.id}/history`,
    );
    expect(history.body.items).toHaveLength(1);
  });

  it('requires a reason to block and a future deadline (≤ 14 days) to reserve, naming the field', async () => {
    const vehicle = await newVehicle('С200СС77');
    const noReason = await transition(vehicle.id, { to: 'blocked', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body)).toEqual(['reason']);
    for (const reservedUntil of [undefined, new Date(Date.now() - 1000).toISOString(), day(20)]) {
      const res = await transition(vehicle.id, {
        to: 'reserved',
        ...(reservedUntil ? { reservedUntil } : {}),
      });
      expect(res.status, reservedUntil).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['reservedUntil']);
    }
    const wrongAccount = await transition(vehicle.id, {
      to: 'reserved',
      reservedUntil: new Date(Date.now() + 3_600_000).toISOString(),
      accountId: vehicle.id,
    });
    expect(fieldsOf(wrongAccount.body)).toEqual(['accountId']);
    expect((await call<Vehicle>(admin(), 'GET', `/logistics/vehicles/${vehicle.id}`)).body.status).toBe(
      'free',
    );
  });

  it('releases a reservation that lapsed without confirmation, logging it', async () => {
    const vehicle = await newVehicle('Е300ЕЕ77');
    await transition(vehicle.id, {
      to: 'reserved',
      reservedUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await w.h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$executeRaw`UPDATE "LogisticsVehicle" SET "reservedUntil" = now() - interval '1 minute' WHERE "id" = ${vehicle.id}::uuid`,
    );
    const after = await call<Vehicle>(admin(), 'GET', `/logistics/vehicles/${vehicle.id}`);
    expect(after.body).toMatchObject({ status: 'free', reservedUntil: null });
    const history = await call<Items<StatusChange>>(
      admin(),
      'GET',
      `/logistics/vehicles/${vehicle.id}/history`,
    );
    expect(history.body.items[0]).toMatchObject({
      fromStatus: 'reserved',
      toStatus: 'free',
      reason: 'reservation expired without confirmation',
      actorUserId: null,
    });
    // Confirming now is refused: the reservation is gone.
    expect((await transition(vehicle.id, { to: 'in_transit' })).status).toBe(409);
  });

  it('refuses a stale expectedVersion with 409', async () => {
    const vehicle = await newVehicle('К400КК77');
    await transition(vehicle.id, { to: 'blocked', reason: 'ТО' });
    const stale = await transition(vehicle.id, { to: 'free', expectedVersion: vehicle.version });
    expect(stale.status).toBe(409);
  });
});

describe('roles', () => {
  it('lets the viewer read but not change; the marketer sees no fleet; reps and support may move vehicles', async () => {
    const vehicle = await newVehicle('М500ММ77');
    expect((await call(w.a.users.viewer.token, 'GET', `/logistics/vehicles/${vehicle.id}`)).status).toBe(200);
    expect(
      (await transition(vehicle.id, { to: 'blocked', reason: 'x' }, w.a.users.viewer.token)).status,
    ).toBe(403);
    expect((await call(w.a.users.marketer.token, 'GET', '/logistics/vehicles')).status).toBe(403);
    expect(
      (
        await call(w.a.users.sales_rep.token, 'POST', '/logistics/vehicles', {
          plateNumber: 'X1',
          make: 'a',
          model: 'b',
          bodyType: 'van',
          payloadKg: 1,
        })
      ).status,
    ).toBe(403);
    const byRep = await transition(
      vehicle.id,
      { to: 'blocked', reason: 'Колесо' },
      w.a.users.sales_rep.token,
    );
    expect(byRep.status).toBe(200);
    expect((await transition(vehicle.id, { to: 'free' }, w.a.users.support_agent.token)).status).toBe(200);
    expect(
      (await call(w.a.users.viewer.token, 'PATCH', `/logistics/accounts/${w.accountId}`, { isClient: true }))
        .status,
    ).toBe(403);
  });
});

describe('search and reports', () => {
  it('finds a vehicle by plate in the global search and reports fleet status', async () => {
    const vehicle = await newVehicle('У900УУ99');
    const search = await call<Items<{ type: string; id: string }>>(admin(), 'GET', '/search?q=У900УУ99');
    expect(search.body.items.filter((i) => i.type === 'logistics.vehicle').map((i) => i.id)).toEqual([
      vehicle.id,
    ]);
    const report = await call<{ result: { total: number; byStatus: Record<string, number> } }>(
      admin(),
      'POST',
      '/reports/logistics.fleetStatus/run',
      {},
    );
    expect(report.status).toBe(200);
    const { byStatus, total } = report.body.result;
    expect(Object.values(byStatus).reduce((s, n) => s + n, 0)).toBe(total);
    expect(total).toBeGreaterThan(8);
    const badInput = await call<ErrorBody>(admin(), 'POST', '/reports/logistics.fleetStatus/run', {
      input: { x: 1 },
    });
    expect(badInput.status).toBe(400);
  });
});
