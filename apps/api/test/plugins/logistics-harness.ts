import { plugins } from '@crm/core';
import { afterAll, beforeAll } from 'vitest';
import { restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

export interface Vehicle {
  id: string;
  tenantId: string;
  plateNumber: string;
  status: string;
  statusReason: string | null;
  reservedUntil: string | null;
  allowedTransitions: string[];
  version: number;
}
export interface StatusChange {
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  actorUserId: string | null;
}
export interface Contract {
  id: string;
  number: string;
  noticeDeadline: string;
  stage?: string;
  daysToEnd?: number;
  accountName?: string;
}
export interface Items<T> {
  items: T[];
}

export interface Stop {
  sequence: number;
  place: string;
  plannedArrivalAt: string | null;
  actualArrivalAt: string | null;
  actualDepartureAt: string | null;
  status: string;
}
export interface Shipment {
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
export interface ReservedVehicle {
  id: string;
  status: string;
  reservedUntil: string | null;
  reservedForAccountId: string | null;
}
export interface ShipmentEvent {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  stopSequence: number | null;
  actorUserId: string | null;
}

export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The logistics API tests' setting: a test app with tenant "Freight" where every plugin is on (with its
 * demo data: fleet, contracts, routes) and a client account named `accountName`. Call at the top of a
 * test file: it registers the hooks; read `h`, `a` and `accountId` inside tests.
 */
export function logisticsHarness(accountName: string) {
  let h: TestApp;
  let a: TestTenant;
  let accountId: string;
  const { call, create } = restClient(() => h);
  const admin = () => a.users.admin.token;
  beforeAll(async () => {
    h = await createTestApp();
    a = await createTestTenant(h, 'Freight');
    await plugins.enablePluginsAsTenantAdmin(h.t.db, a.tenantId, h.services.plugins);
    accountId = (await create<{ id: string }>(admin(), '/accounts', { name: accountName })).id;
  });
  afterAll(async () => h.close());
  return {
    call,
    create,
    admin,
    get h() {
      return h;
    },
    get a() {
      return a;
    },
    get accountId() {
      return accountId;
    },
  };
}

/**
 * The shipments tests' setting: the logistics harness plus route T-MSK-SPB (three stops) and helpers
 * that make vehicles and shipments with fresh numbers and move them.
 */
export function logisticsShipmentsHarness() {
  const w = logisticsHarness('ООО «ТрансЛес»');
  const { call, create, admin } = w;
  let routeId: string;
  let serial = 0;
  beforeAll(async () => {
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
  async function newVehicle(payloadKg = 20000): Promise<ReservedVehicle> {
    serial += 1;
    return create<ReservedVehicle>(admin(), '/logistics/vehicles', {
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
      accountId: w.accountId,
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
    (await call<ReservedVehicle>(admin(), 'GET', `/logistics/vehicles/${id}`)).body;
  return {
    ...w,
    get h() {
      return w.h;
    },
    get a() {
      return w.a;
    },
    get accountId() {
      return w.accountId;
    },
    get routeId() {
      return routeId;
    },
    newVehicle,
    newShipment,
    transition,
    stop,
    vehicleOf,
  };
}
