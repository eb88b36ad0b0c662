import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;
const counts = async () =>
  h.t.db.withSystemRoleAcrossTenants(async (db) => {
    const rows = await db.$queryRaw<
      { offerings: number; products: number; usage: number; tickets: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "TelecomProductOffering" WHERE "tenantId" = ${a.tenantId}::uuid) AS offerings,
             (SELECT count(*)::int FROM "TelecomProduct" WHERE "tenantId" = ${a.tenantId}::uuid) AS products,
             (SELECT count(*)::int FROM "TelecomUsage" WHERE "tenantId" = ${a.tenantId}::uuid) AS usage,
             (SELECT count(*)::int FROM "TelecomTroubleTicket" WHERE "tenantId" = ${a.tenantId}::uuid) AS tickets`;
    return rows[0];
  });

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Demo telecom');
  for (const name of ['Alfa Retail', 'Beta Logistics', 'Gamma Bank'])
    await create(admin(), '/accounts', { name, ownerId: a.users.sales_rep.userId });
});
afterAll(async () => h.close());

describe('the telecom demo seed', () => {
  it('writes a catalogue in every status, lines with three months of usage and tickets, once', async () => {
    expect((await call(admin(), 'POST', '/plugins/telecom/enable', {})).status).toBe(200);
    const first = await counts();
    expect(first).toEqual({ offerings: 8, products: 5, usage: 45, tickets: 6 });
    const catalogue = await call<Items<{ name: string; lifecycleStatus: string; isBundle: boolean }>>(
      admin(),
      'GET',
      '/telecom/productOffering',
    );
    expect(new Set(catalogue.body.items.map((o) => o.lifecycleStatus))).toEqual(
      new Set(['Retired', 'Launched', 'In design', 'In test']),
    );
    expect(catalogue.body.items.find((o) => o.isBundle)?.name).toBe('Family package');
    await call(admin(), 'POST', '/plugins/telecom/disable', {});
    expect((await call(admin(), 'POST', '/plugins/telecom/enable', {})).status).toBe(200);
    expect(await counts()).toEqual(first);
  });

  it('leaves lines that pay too much, which the savings analysis finds', async () => {
    const lines = await call<Items<{ id: string; productSerialNumber: string }>>(
      admin(),
      'GET',
      '/telecom/product',
    );
    const savings = new Map<string, number | null>();
    for (const line of lines.body.items) {
      const preview = await call<{ best: { offeringName: string; monthlySaving: number } | null }>(
        admin(),
        'GET',
        `/telecom/product/${line.id}/tariffSavings`,
      );
      savings.set(line.productSerialNumber, preview.body.best?.monthlySaving ?? null);
    }
    expect(Object.fromEntries(savings)).toEqual({
      '+79161234501': 500.34, // Start 5 GB → Basic 10 GB
      '+79161234502': 820, // Basic 10 GB with 19–25 GB of data → Unlimited 30 GB
      '+79161234503': null,
      '+79161234504': 340, // Maximum 60 GB used lightly → Unlimited 30 GB
      '+79161234505': null, // b2b: no b2b tariff is cheaper
    });
  });
});
