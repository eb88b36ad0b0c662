import { describe, expect, it } from 'vitest';
import { logisticsShipmentsHarness, type Items, type Shipment } from './logistics-harness.js';

const w = logisticsShipmentsHarness();
const { call, create, admin, newShipment, transition } = w;

describe('roles and scope', () => {
  it("shows a sales rep only the shipments and contracts of accounts they may read; viewers can't move shipments", async () => {
    const shipment = await newShipment();
    const rep = w.a.users.sales_rep.token;
    const own = (await create<{ id: string }>(rep, '/accounts', { name: 'ИП Петров' })).id;
    const mine = await newShipment({ accountId: own }, rep);
    const list = await call<Items<Shipment>>(rep, 'GET', '/logistics/shipments');
    expect(list.body.items.map((s) => s.id)).toEqual([mine.id]);
    expect((await call(rep, 'GET', `/logistics/shipments/${shipment.id}`)).status).toBe(404);
    expect((await transition(shipment.id, { to: 'cancelled', reason: 'x' }, rep)).status).toBe(404);

    await create(admin(), '/logistics/contracts', {
      number: 'SCOPE-1',
      accountId: w.accountId,
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

    const viewer = w.a.users.viewer.token;
    expect((await call(viewer, 'GET', `/logistics/shipments/${shipment.id}`)).status).toBe(200);
    expect((await transition(shipment.id, { to: 'cancelled', reason: 'x' }, viewer)).status).toBe(403);
    expect((await call(w.a.users.marketer.token, 'GET', '/logistics/shipments')).status).toBe(403);
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
