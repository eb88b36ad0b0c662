import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';
import {
  basic10Prices,
  launchedOffering,
  monthlyFee,
  rub,
  type Offering,
} from './support/telecom-fixtures.js';

// The telecom plugin: switching it on and off, the tariff catalogue (TMF620), role rules.
// Subscriptions, orders and usage: telecom-subscriptions.test.ts; trouble tickets: telecom-tickets.test.ts.

interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let accountId: string;
const rest = restClient(() => h);
const { call, create } = rest;
const admin = () => a.users.admin.token;
const count = async (table: string, tenantId: string) =>
  h.t.db.withSystemRoleAcrossTenants(async (db) => {
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "tenantId" = $1::uuid`,
      tenantId,
    );
    return rows[0]?.n ?? -1;
  });

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Связь');
  accountId = (
    await create<{ id: string }>(admin(), '/accounts', {
      name: 'ООО «Ромашка»',
      ownerId: a.users.sales_rep.userId,
    })
  ).id;
});
afterAll(async () => h.close());

describe('switching the telecom plugin on and off', () => {
  it('answers 404 while off, refuses bad settings naming the field, and enables with settings', async () => {
    expect((await call(admin(), 'GET', '/telecom/productOffering')).status).toBe(404);
    const bad = await call<ErrorBody>(admin(), 'POST', '/plugins/telecom/enable', {
      config: { minMonthlySaving: -5, resolutionHours: { critical: 'soon' } },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['config.minMonthlySaving', 'config.resolutionHours.critical']);
    expect((await call(admin(), 'GET', '/telecom/productOffering')).status).toBe(404);
    const on = await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } });
    expect(on.status).toBe(200);
    expect((await call<Items<Offering>>(admin(), 'GET', '/telecom/productOffering')).body.items).toEqual([]);
  });
});

describe('the tariff catalogue (TMF620)', () => {
  it('creates a tariff In study with TMF prices and walks the lifecycle to Launched, then Retired', async () => {
    const offering = await create<Offering>(admin(), '/telecom/productOffering', {
      name: 'Безлимит 30 ГБ',
      productOfferingPrice: [
        monthlyFee(650),
        {
          name: '30 ГБ',
          priceType: 'allowance',
          usageType: 'data',
          unitOfMeasure: { amount: 30, units: 'GB' },
          price: rub(0),
        },
      ],
    });
    expect(offering).toMatchObject({ lifecycleStatus: 'In study', allowedTransitions: ['In design'] });
    expect(offering.productOfferingPrice[0]).toMatchObject({
      priceType: 'recurring',
      price: { taxIncludedAmount: { unit: 'RUB', value: 650 } },
    });
    const skip = await call<ErrorBody>(
      admin(),
      'POST',
      `/telecom/productOffering/${offering.id}/lifecycleStatus`,
      {
        lifecycleStatus: 'Launched',
      },
    );
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toBe(
      'A product offering cannot go from "In study" to "Launched"; from "In study" it can go to: In design',
    );
    for (const status of ['In design', 'In test', 'Active', 'Launched', 'Retired']) {
      const res = await call<Offering>(
        admin(),
        'POST',
        `/telecom/productOffering/${offering.id}/lifecycleStatus`,
        {
          lifecycleStatus: status,
        },
      );
      expect(res.status, status).toBe(200);
      expect(res.body.lifecycleStatus).toBe(status);
    }
  });

  it('names the invalid price fields and writes nothing; keeps launched prices fixed', async () => {
    const bad = await call<ErrorBody>(admin(), 'POST', '/telecom/productOffering', {
      name: 'Broken',
      productOfferingPrice: [
        { name: 'fee', priceType: 'recurring', price: rub(100) },
        { name: 'GB', priceType: 'usage', price: { taxIncludedAmount: { unit: 'rub', value: 5 } } },
      ],
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual([
      'productOfferingPrice.0.recurringChargePeriodType',
      'productOfferingPrice.1.price.taxIncludedAmount.unit',
      'productOfferingPrice.1.unitOfMeasure',
      'productOfferingPrice.1.usageType',
    ]);
    const mixed = await call<ErrorBody>(admin(), 'POST', '/telecom/productOffering', {
      name: 'Mixed',
      productOfferingPrice: [
        monthlyFee(100),
        { ...monthlyFee(1), price: { taxIncludedAmount: { unit: 'EUR', value: 1 } } },
      ],
    });
    expect(fieldsOf(mixed.body)).toEqual(['productOfferingPrice.1.price.taxIncludedAmount.unit']);
    expect(
      (await call<Items<Offering>>(admin(), 'GET', '/telecom/productOffering?search=Broken')).body.items,
    ).toEqual([]);

    const launched = await launchedOffering(rest, admin(), 'Базовый 10 ГБ', basic10Prices);
    const change = await call<ErrorBody>(admin(), 'PATCH', `/telecom/productOffering/${launched.id}`, {
      productOfferingPrice: [monthlyFee(1)],
    });
    expect(change.status).toBe(400);
    expect(change.body.error.details.fields).toEqual([
      {
        field: 'productOfferingPrice',
        message: 'cannot change once the offering is Launched; create a new version instead',
      },
    ]);
    const rename = await call<Offering>(admin(), 'PATCH', `/telecom/productOffering/${launched.id}`, {
      description: '10 ГБ, 300 минут, 100 SMS',
    });
    expect(rename.status).toBe(200);
  });

  it('builds a service package (bundle) from offerings of the tenant only', async () => {
    const mobile = await launchedOffering(rest, admin(), 'Мобильный 15 ГБ', [monthlyFee(450)]);
    const home = await launchedOffering(rest, admin(), 'Домашний интернет 500', [monthlyFee(700)]);
    const bundle = await create<Offering>(admin(), '/telecom/productOffering', {
      name: 'Семейный пакет',
      bundledProductOffering: [{ id: mobile.id }, { id: home.id }],
      productOfferingPrice: [monthlyFee(1000)],
    });
    expect(bundle).toMatchObject({ isBundle: true });
    expect(bundle.bundledProductOffering.map((b) => b.id).sort()).toEqual([mobile.id, home.id].sort());
    const stranger = await call<ErrorBody>(admin(), 'POST', '/telecom/productOffering', {
      name: 'Чужой пакет',
      bundledProductOffering: [{ id: mobile.id }, { id: a.tenantId }],
    });
    expect(stranger.status).toBe(400);
    expect(fieldsOf(stranger.body)).toEqual(['bundledProductOffering.1.id']);
  });
  it('finds tariffs in the global search', async () => {
    const found = await call<Items<{ type: string; title: string }>>(
      admin(),
      'GET',
      `/search?q=${encodeURIComponent('Безлимит')}`,
    );
    expect(found.body.items.map((i) => `${i.type}:${i.title}`)).toContain('telecom.offering:Безлимит 30 ГБ');
  });
});

describe('role rules', () => {
  it('lets the viewer read but not change; the marketer sees no tickets; reps cannot edit the catalogue', async () => {
    expect((await call(a.users.viewer.token, 'GET', '/telecom/troubleTicket')).status).toBe(200);
    expect(
      (
        await call(a.users.viewer.token, 'POST', '/telecom/troubleTicket', {
          accountId,
          name: 'x',
          severity: 'minor',
        })
      ).status,
    ).toBe(403);
    expect((await call(a.users.marketer.token, 'GET', '/telecom/troubleTicket')).status).toBe(403);
    expect((await call(a.users.marketer.token, 'GET', '/telecom/productOffering')).status).toBe(200);
    expect(
      (await call(a.users.sales_rep.token, 'POST', '/telecom/productOffering', { name: 'Rep tariff' }))
        .status,
    ).toBe(403);
    expect((await call(a.users.sales_rep.token, 'GET', '/telecom/recommendation')).status).toBe(200);
  });
});

describe('disabling keeps the data', () => {
  it('answers 404 while off and brings everything back when enabled again', async () => {
    const before = await count('TelecomProductOffering', a.tenantId);
    expect(before).toBeGreaterThan(3);
    expect((await call(admin(), 'POST', '/plugins/telecom/disable', {})).status).toBe(200);
    for (const url of [
      '/telecom/productOffering',
      '/telecom/product',
      '/telecom/troubleTicket',
      '/telecom/usage',
    ])
      expect((await call(admin(), 'GET', url)).status, url).toBe(404);
    expect((await call(admin(), 'POST', '/reports/telecom.tariffMix/run', {})).status).toBe(404);
    expect(await count('TelecomProductOffering', a.tenantId)).toBe(before);
    expect(
      (await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } })).status,
    ).toBe(200);
    const back = await call<Items<Offering>>(admin(), 'GET', '/telecom/productOffering');
    expect(back.body.items).toHaveLength(before);
  });
});
