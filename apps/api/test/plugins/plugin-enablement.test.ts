import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface PluginView {
  id: string;
  enabled: boolean;
  enabledAt: string | null;
  disabledAt: string | null;
  config: Record<string, unknown> | null;
  name: { en: string; ru: string };
}
interface Page<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);

const vehicleCount = async (tenantId: string) =>
  h.t.db.withSystemRoleAcrossTenants(async (db) => {
    const rows = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "LogisticsVehicle" WHERE "tenantId" = ${tenantId}::uuid`;
    return rows[0]?.n ?? -1;
  });

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('per-tenant plugin enablement', () => {
  it('lists the installed plugins, all off for a new workspace, to tenant admins only', async () => {
    const res = await call<Page<PluginView>>(a.users.admin.token, 'GET', '/plugins');
    expect(res.status).toBe(200);
    const logistics = res.body.items.find((p) => p.id === 'logistics');
    expect(logistics).toMatchObject({ enabled: false, enabledAt: null, config: null });
    expect(logistics?.name.ru).toBe('Логистика');
    for (const role of ['sales_manager', 'sales_rep', 'viewer'] as const) {
      expect((await call(a.users[role].token, 'GET', '/plugins')).status, role).toBe(403);
      expect((await call(a.users[role].token, 'POST', '/plugins/logistics/enable', {})).status, role).toBe(
        403,
      );
      expect((await call(a.users[role].token, 'POST', '/plugins/logistics/disable', {})).status, role).toBe(
        403,
      );
    }
  });

  it("answers 404 on the plugin's endpoints while it is off", async () => {
    for (const url of ['/logistics/vehicles', '/logistics/contracts/renewals', '/logistics/accounts']) {
      const res = await call<ErrorBody>(a.users.admin.token, 'GET', url);
      expect(res.status, url).toBe(404);
    }
    expect((await call(a.users.admin.token, 'POST', '/reports/logistics.fleetStatus/run', {})).status).toBe(
      404,
    );
  });

  it('refuses invalid settings naming each field, and writes nothing', async () => {
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/plugins/logistics/enable', {
      config: { reservationHours: 0, renewalHorizonDays: 'soon', unknownSetting: true },
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual([
      'config',
      'config.renewalHorizonDays',
      'config.reservationHours',
    ]);
    const list = await call<Page<PluginView>>(a.users.admin.token, 'GET', '/plugins');
    expect(list.body.items.find((p) => p.id === 'logistics')?.enabled).toBe(false);
    expect(await vehicleCount(a.tenantId)).toBe(0);
  });

  it('answers 404 for a plugin that is not installed', async () => {
    expect((await call(a.users.admin.token, 'POST', '/plugins/nosuch/enable', {})).status).toBe(404);
    expect((await call(a.users.admin.token, 'POST', '/plugins/nosuch/disable', {})).status).toBe(404);
  });

  it('enables with settings and seeds the starting data; other tenants stay without it', async () => {
    for (const name of ['ООО «Альфа»', 'ООО «Бета»', 'ООО «Гамма»']) {
      expect((await call(a.users.admin.token, 'POST', '/accounts', { name })).status).toBe(201);
    }
    const res = await call<PluginView>(a.users.admin.token, 'POST', '/plugins/logistics/enable', {
      config: { reservationHours: 6 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: 'logistics',
      enabled: true,
      config: { reservationHours: 6, renewalHorizonDays: 90, seedDemoData: true },
    });
    const vehicles = await call<Page<{ id: string; plateNumber: string; tenantId: string }>>(
      a.users.admin.token,
      'GET',
      '/logistics/vehicles',
    );
    expect(vehicles.status).toBe(200);
    expect(vehicles.body.items.length).toBe(8);
    expect(vehicles.body.items.every((v) => v.tenantId === a.tenantId)).toBe(true);
    expect((await call(b.users.admin.token, 'GET', '/logistics/vehicles')).status).toBe(404);
    const reports = await call<Page<{ id: string }>>(a.users.viewer.token, 'GET', '/reports');
    expect(reports.body.items.map((r) => r.id).sort()).toEqual([
      'logistics.contractsExpiring',
      'logistics.fleetStatus',
      'logistics.planVsActual',
    ]);
    const shipments = await call<Page<{ number: string; status: string; vehicleId: string | null }>>(
      a.users.admin.token,
      'GET',
      '/logistics/shipments',
    );
    expect(shipments.body.items.map((s) => [s.number, s.status]).sort()).toEqual([
      ['ПЕР-0000', 'delivered'],
      ['ПЕР-0001', 'in_transit'],
      ['ПЕР-0002', 'assigned'],
      ['ПЕР-0003', 'planned'],
    ]);
    const plateOf = new Map(vehicles.body.items.map((v) => [v.id, v.plateNumber]));
    const moving = shipments.body.items.filter((s) => s.vehicleId !== null && s.status !== 'delivered');
    expect(moving.map((s) => [s.status, plateOf.get(s.vehicleId ?? '')]).sort()).toEqual([
      ['assigned', 'В456ЕК77'],
      ['in_transit', 'Е789КМ50'],
    ]);
    const plans = await call<{ items: unknown[] }>(a.users.admin.token, 'GET', '/logistics/plans/progress');
    expect(plans.body.items).toHaveLength(2);
    expect((await call<Page<unknown>>(b.users.viewer.token, 'GET', '/reports')).body.items).toEqual([]);
  });

  it('is idempotent: enabling again seeds nothing twice', async () => {
    const res = await call<PluginView>(a.users.admin.token, 'POST', '/plugins/logistics/enable', {});
    expect(res.status).toBe(200);
    expect(await vehicleCount(a.tenantId)).toBe(8);
    const shipments = await call<Page<unknown>>(a.users.admin.token, 'GET', '/logistics/shipments');
    expect(shipments.body.items).toHaveLength(4);
    const routes = await call<Page<unknown>>(a.users.admin.token, 'GET', '/logistics/routes');
    expect(routes.body.items).toHaveLength(2);
    const plans = await call<{ items: unknown[] }>(a.users.admin.token, 'GET', '/logistics/plans/progress');
    expect(plans.body.items).toHaveLength(2);
  });

  it('disabling answers 404 again but keeps the data; enabling brings it back', async () => {
    const created = await call<{ id: string }>(a.users.admin.token, 'POST', '/logistics/vehicles', {
      plateNumber: 'T001TT77',
      make: 'Scania',
      model: 'R450',
      bodyType: 'tent',
      payloadKg: 20000,
    });
    expect(created.status).toBe(201);
    const off = await call<PluginView>(a.users.admin.token, 'POST', '/plugins/logistics/disable', {});
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ enabled: false, enabledAt: null });
    expect(off.body.disabledAt).not.toBeNull();
    expect((await call(a.users.admin.token, 'GET', `/logistics/vehicles/${created.body.id}`)).status).toBe(
      404,
    );
    expect((await call<Page<unknown>>(a.users.viewer.token, 'GET', '/reports')).body.items).toEqual([]);
    const search = await call<Page<{ type: string }>>(a.users.admin.token, 'GET', '/search?q=T001TT77');
    expect(search.body.items.filter((i) => i.type === 'logistics.vehicle')).toEqual([]);
    expect(await vehicleCount(a.tenantId)).toBe(9);
    // Disabling twice is harmless.
    expect((await call(a.users.admin.token, 'POST', '/plugins/logistics/disable', {})).status).toBe(200);

    expect((await call(a.users.admin.token, 'POST', '/plugins/logistics/enable', {})).status).toBe(200);
    const back = await call<{ plateNumber: string }>(
      a.users.admin.token,
      'GET',
      `/logistics/vehicles/${created.body.id}`,
    );
    expect(back.status).toBe(200);
    expect(back.body.plateNumber).toBe('T001TT77');
    expect(await vehicleCount(a.tenantId)).toBe(9);
  });

  it('records enabling and disabling in the audit log', async () => {
    const actions = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({
        where: { recordType: 'plugin' },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        select: { action: true },
      }),
    );
    expect(actions.map((x) => x.action)).toEqual([
      'plugin.enabled',
      'plugin.enabled',
      'plugin.disabled',
      'plugin.enabled',
    ]);
  });
});
