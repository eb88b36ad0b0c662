import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';
import {
  basic10Prices,
  launchedOffering,
  midMonth,
  monthlyFee,
  start5Prices,
  threeMonthsOfUsage,
  type Offering,
} from './support/telecom-fixtures.js';

// The telecom plugin's subscriptions (TMF637), orders (TMF622) and usage (TMF635) with the savings
// preview. The catalogue: telecom.test.ts.

interface Product {
  id: string;
  status: string;
  productSerialNumber: string;
  productOffering: { id: string; name: string };
  allowedTransitions: string[];
  startDate?: string;
  terminationDate?: string;
}
interface Order {
  id: string;
  state: string;
  allowedTransitions: string[];
  productOrderItem: {
    id: string;
    action: string;
    state: string;
    product?: { id?: string; productSerialNumber: string };
  }[];
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let accountId: string;
const rest = restClient(() => h);
const { call, create } = rest;
const admin = () => a.users.admin.token;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Связь');
  const on = await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } });
  expect(on.status).toBe(200);
  accountId = (
    await create<{ id: string }>(admin(), '/accounts', {
      name: 'ООО «Ромашка»',
      ownerId: a.users.sales_rep.userId,
    })
  ).id;
  // The cheaper tariff the savings preview should find.
  await launchedOffering(rest, admin(), 'Базовый 10 ГБ', basic10Prices);
});
afterAll(async () => h.close());

describe('subscriptions (TMF637) and orders (TMF622)', () => {
  it('orders only Active or Launched offerings, and moves a subscription through its states', async () => {
    const draft = await create<Offering>(admin(), '/telecom/productOffering', {
      name: 'Черновик',
      productOfferingPrice: [monthlyFee(1)],
    });
    const refused = await call<ErrorBody>(admin(), 'POST', '/telecom/product', {
      accountId,
      productOffering: { id: draft.id },
      productSerialNumber: '+79160000001',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields).toEqual([
      {
        field: 'productOffering.id',
        message: '"Черновик" is In study; only Active or Launched offerings can be ordered',
      },
    ]);
    const tariff = await launchedOffering(rest, admin(), 'Старт 5 ГБ', start5Prices);
    const line = await create<Product>(admin(), '/telecom/product', {
      accountId,
      productOffering: { id: tariff.id },
      productSerialNumber: '+79160000001',
    });
    expect(line).toMatchObject({
      status: 'created',
      allowedTransitions: ['pendingActive', 'cancelled', 'aborted'],
    });
    const jump = await call<ErrorBody>(admin(), 'POST', `/telecom/product/${line.id}/status`, {
      status: 'suspended',
    });
    expect(jump.status).toBe(409);
    expect(jump.body.error.message).toBe(
      'A subscription cannot go from "created" to "suspended"; from "created" it can go to: pendingActive, cancelled, aborted',
    );
    for (const status of [
      'pendingActive',
      'active',
      'suspended',
      'active',
      'pendingTerminate',
      'terminated',
    ]) {
      const res = await call<Product>(admin(), 'POST', `/telecom/product/${line.id}/status`, { status });
      expect(res.status, status).toBe(200);
    }
    const ended = await call<Product>(admin(), 'GET', `/telecom/product/${line.id}`);
    expect(ended.body.status).toBe('terminated');
    expect(ended.body.startDate).toBeDefined();
    expect(ended.body.terminationDate).toBeDefined();
    const twice = await call<ErrorBody>(admin(), 'POST', '/telecom/product', {
      accountId,
      productOffering: { id: tariff.id },
      productSerialNumber: '+79160000001',
    });
    expect(fieldsOf(twice.body)).toEqual(['productSerialNumber']);
  });

  it('completes an order: add creates the line, modify changes its tariff; cancellation can be refused', async () => {
    const [small, big] = [
      await launchedOffering(rest, admin(), 'Мини 3 ГБ', [monthlyFee(200)]),
      await launchedOffering(rest, admin(), 'Макси 50 ГБ', [monthlyFee(900)]),
    ];
    const invalid = await call<ErrorBody>(admin(), 'POST', '/telecom/productOrder', {
      accountId,
      productOrderItem: [
        { id: '1', action: 'add', productOffering: { id: small.id } },
        { id: '1', action: 'delete' },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(fieldsOf(invalid.body).sort()).toEqual([
      'productOrderItem.0.product.productSerialNumber',
      'productOrderItem.1.id',
      'productOrderItem.1.product.id',
    ]);
    const order = await create<Order>(admin(), '/telecom/productOrder', {
      accountId,
      productOrderItem: [
        {
          id: '1',
          action: 'add',
          productOffering: { id: small.id },
          product: { productSerialNumber: '+79160000002' },
        },
      ],
    });
    expect(order.state).toBe('acknowledged');
    const early = await call<ErrorBody>(admin(), 'POST', `/telecom/productOrder/${order.id}/state`, {
      state: 'completed',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('cannot go from "acknowledged" to "completed"');
    await call(admin(), 'POST', `/telecom/productOrder/${order.id}/state`, { state: 'inProgress' });
    const done = await call<Order>(admin(), 'POST', `/telecom/productOrder/${order.id}/state`, {
      state: 'completed',
    });
    expect(done.body.productOrderItem[0]).toMatchObject({
      state: 'completed',
      product: { productSerialNumber: '+79160000002' },
    });
    const productId = done.body.productOrderItem[0]?.product?.id ?? '';
    expect((await call<Product>(admin(), 'GET', `/telecom/product/${productId}`)).body).toMatchObject({
      status: 'active',
      productOffering: { id: small.id },
    });

    const upgrade = await create<Order>(admin(), '/telecom/productOrder', {
      accountId,
      productOrderItem: [
        { id: '1', action: 'modify', product: { id: productId }, productOffering: { id: big.id } },
      ],
    });
    await call(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, { state: 'inProgress' });
    await call(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, { state: 'held' });
    const noReason = await call<ErrorBody>(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, {
      state: 'assessingCancellation',
    });
    expect(fieldsOf(noReason.body)).toEqual(['reason']);
    const assessing = await call<Order>(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, {
      state: 'assessingCancellation',
      reason: 'Клиент передумал',
    });
    expect(assessing.body.allowedTransitions).toEqual(['pendingCancellation', 'held']);
    const wrongBack = await call<ErrorBody>(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, {
      state: 'inProgress',
    });
    expect(wrongBack.status).toBe(409);
    await call(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, { state: 'held' });
    await call(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, { state: 'inProgress' });
    await call(admin(), 'POST', `/telecom/productOrder/${upgrade.id}/state`, { state: 'completed' });
    expect(
      (await call<Product>(admin(), 'GET', `/telecom/product/${productId}`)).body.productOffering.id,
    ).toBe(big.id);
  });
});

describe('usage (TMF635) and the savings preview', () => {
  it('records a batch of usage, names foreign subscriptions, and re-prices three months exactly', async () => {
    const start5 = (
      await call<Items<Offering>>(
        admin(),
        'GET',
        `/telecom/productOffering?search=${encodeURIComponent('Старт 5')}`,
      )
    ).body.items[0];
    const line = await create<Product>(admin(), '/telecom/product', {
      accountId,
      productOffering: { id: start5?.id ?? '' },
      productSerialNumber: '+79160000003',
      status: 'active',
      startDate: midMonth(5),
    });
    const other = (await create<{ id: string }>(admin(), '/accounts', { name: 'Другой клиент' })).id;
    const foreign = await call<ErrorBody>(admin(), 'POST', '/telecom/usage', {
      items: [{ accountId: other, productId: line.id, usageDate: midMonth(1), usageType: 'data', amount: 1 }],
    });
    expect(foreign.status).toBe(400);
    expect(fieldsOf(foreign.body)).toEqual(['items.0.productId']);
    const recorded = await call<Items<{ usageCharacteristic: { name: string; value: number | string }[] }>>(
      a.users.support_agent.token,
      'POST',
      '/telecom/usage',
      {
        items: threeMonthsOfUsage(accountId, line.id, [
          [7.2, 340, 20],
          [8.1, 410, 15],
          [6.5, 380, 10],
        ]),
      },
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body.items).toHaveLength(9);
    const preview = await call<{
      currentMonthlyAvg: number;
      best: { offeringName: string; monthlySaving: number; months: { saving: number }[] } | null;
    }>(admin(), 'GET', `/telecom/product/${line.id}/tariffSavings`);
    expect(preview.status).toBe(200);
    expect(preview.body.currentMonthlyAvg).toBe(1043.67);
    expect(preview.body.best).toMatchObject({ offeringName: 'Базовый 10 ГБ', monthlySaving: 500.34 });
    expect(preview.body.best?.months.map((m) => m.saving)).toEqual([484, 617, 400]);
  });
});
