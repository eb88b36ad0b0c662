import { plugins } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Vehicle {
  id: string;
  tenantId: string;
  plateNumber: string;
  status: string;
  statusReason: string | null;
  reservedUntil: string | null;
  allowedTransitions: string[];
  version: number;
}
interface StatusChange {
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  actorUserId: string | null;
}
interface Contract {
  id: string;
  number: string;
  noticeDeadline: string;
  stage?: string;
  daysToEnd?: number;
  accountName?: string;
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let accountId: string;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Freight');
  await plugins.enablePluginsAsTenantAdmin(h.t.db, a.tenantId, h.services.plugins);
  accountId = (await create<{ id: string }>(admin(), '/accounts', { name: 'Северсталь-Транс' })).id;
});
afterAll(async () => h.close());

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
    const reserved = await transition(vehicle.id, { to: 'reserved', reservedUntil: until, accountId });
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
    expect(history.body.items.every((c) => c.actorUserId === a.users.admin.userId)).toBe(true);
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
    await h.t.db.withSystemRoleAcrossTenants(
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
    expect((await call(a.users.viewer.token, 'GET', `/logistics/vehicles/${vehicle.id}`)).status).toBe(200);
    expect((await transition(vehicle.id, { to: 'blocked', reason: 'x' }, a.users.viewer.token)).status).toBe(
      403,
    );
    expect((await call(a.users.marketer.token, 'GET', '/logistics/vehicles')).status).toBe(403);
    expect(
      (
        await call(a.users.sales_rep.token, 'POST', '/logistics/vehicles', {
          plateNumber: 'X1',
          make: 'a',
          model: 'b',
          bodyType: 'van',
          payloadKg: 1,
        })
      ).status,
    ).toBe(403);
    const byRep = await transition(vehicle.id, { to: 'blocked', reason: 'Колесо' }, a.users.sales_rep.token);
    expect(byRep.status).toBe(200);
    expect((await transition(vehicle.id, { to: 'free' }, a.users.support_agent.token)).status).toBe(200);
    expect(
      (await call(a.users.viewer.token, 'PATCH', `/logistics/accounts/${accountId}`, { isClient: true }))
        .status,
    ).toBe(403);
  });
});

describe('contracts and the contracts-to-renew list', () => {
  it('validates terms naming the field', async () => {
    const res = await call<ErrorBody>(admin(), 'POST', '/logistics/contracts', {
      number: 'BAD-1',
      accountId,
      kind: 'client',
      startsOn: day(10),
      endsOn: day(5),
      noticeDays: 400,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['endsOn', 'noticeDays']);
  });

  it('lists active contracts ending soon, most urgent notice deadline first, with their stage', async () => {
    const soon = await create<Contract>(admin(), '/logistics/contracts', {
      number: 'ЛГ-1',
      accountId,
      kind: 'client',
      startsOn: day(-300),
      endsOn: day(40),
      noticeDays: 30,
    });
    expect(soon.noticeDeadline).toBe(day(10));
    await create(admin(), '/logistics/contracts', {
      number: 'ЛГ-2',
      accountId,
      kind: 'carrier',
      startsOn: day(-200),
      endsOn: day(80),
      noticeDays: 10,
      autoRenew: true,
    });
    await create(admin(), '/logistics/contracts', {
      number: 'ЛГ-3',
      accountId,
      kind: 'supplier',
      startsOn: day(-10),
      endsOn: day(300),
    });
    const duplicate = await call<ErrorBody>(admin(), 'POST', '/logistics/contracts', {
      number: 'ЛГ-1',
      accountId,
      kind: 'client',
      startsOn: day(0),
      endsOn: day(100),
    });
    expect(fieldsOf(duplicate.body)).toEqual(['number']);

    const renewals = await call<Items<Contract>>(
      admin(),
      'GET',
      '/logistics/contracts/renewals?withinDays=90',
    );
    expect(renewals.status).toBe(200);
    expect(renewals.body.items.map((c) => [c.number, c.stage, c.daysToEnd, c.accountName])).toEqual([
      ['ЛГ-1', 'remind', 40, 'Северсталь-Транс'],
      ['ЛГ-2', 'prepare', 80, 'Северсталь-Транс'],
    ]);
    const carriers = await call<Items<Contract>>(
      admin(),
      'GET',
      '/logistics/contracts/renewals?kind=carrier',
    );
    expect(carriers.body.items.map((c) => c.number)).toEqual(['ЛГ-2']);

    const report = await call<{
      result: { total: { within30: number; within60: number; within90: number } };
    }>(a.users.viewer.token, 'POST', '/reports/logistics.contractsExpiring/run', {});
    expect(report.body.result.total).toEqual({ within30: 0, within60: 1, within90: 2 });

    const timeline = await call<Items<{ kind: string; data: { number: string } }>>(
      admin(),
      'GET',
      `/accounts/${accountId}/timeline`,
    );
    expect(
      timeline.body.items
        .filter((e) => e.kind === 'logistics.contract')
        .map((e) => e.data.number)
        .sort(),
    ).toEqual(['ЛГ-1', 'ЛГ-2', 'ЛГ-3']);
  });
});

describe('account profiles (plugin-owned link to core accounts)', () => {
  it('flags an account as client / partner with services, volumes and other carriers', async () => {
    const res = await call<{ isClient: boolean; growthGapLoads: number; accountName: string }>(
      admin(),
      'PATCH',
      `/logistics/accounts/${accountId}`,
      {
        isClient: true,
        isPartner: true,
        services: ['ftl', 'refrigerated'],
        monthlyLoads: 12,
        potentialLoads: 30,
        growthPotential: 'high',
        otherCarriers: ['ПЭК'],
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ isClient: true, growthGapLoads: 18, accountName: 'Северсталь-Транс' });
    const bad = await call<ErrorBody>(admin(), 'PATCH', `/logistics/accounts/${accountId}`, {
      services: ['teleport'],
    });
    expect(fieldsOf(bad.body)).toEqual(['services.0']);
    const partners = await call<Items<{ accountId: string }>>(
      admin(),
      'GET',
      '/logistics/accounts?role=partner',
    );
    expect(partners.body.items.map((p) => p.accountId)).toEqual([accountId]);
    const suppliers = await call<Items<unknown>>(admin(), 'GET', '/logistics/accounts?role=supplier');
    expect(suppliers.body.items).toEqual([]);
    expect((await call(admin(), 'GET', `/logistics/accounts/${a.tenantId}`)).status).toBe(404);
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
