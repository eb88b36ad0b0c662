import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';
import {
  basic10Prices,
  launchedOffering,
  midMonth,
  monthlyFee,
  start5Prices,
  threeMonthsOfUsage,
} from './support/telecom-fixtures.js';
import { sha256Of, tmfValidator, type TmfSpec } from './support/tmf-schemas.js';

// Standards conformance: what the API returns for offerings, prices, subscriptions, orders, tickets and
// usage validates against the vendored TM Forum schemas, and every field it shows is a TMF field
// except the CRM extensions listed here.

type Representation = Record<string, unknown>;

let h: TestApp;
let a: TestTenant;
const rest = restClient(() => h);
const { call, create } = rest;
const admin = () => a.users.admin.token;
const tmf = tmfValidator();
const samples: Record<string, Representation> = {};

/** Fields the CRM adds to a resource; anything else must be declared by the TMF schema. */
const extensions: Record<string, readonly string[]> = {
  ProductOffering: ['allowedTransitions'],
  ProductOfferingPriceRefOrValue: ['recurringChargePeriodType', 'usageType'],
  Product: ['statusReason', 'allowedTransitions'],
  ProductOrder: ['allowedTransitions'],
  TroubleTicket: ['escalationLevel', 'slaBreached', 'allowedTransitions'],
  Usage: [],
};

function expectConforms(spec: TmfSpec, schema: string, value: unknown) {
  expect(tmf.errors(spec, schema, value), `${schema}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
  if (typeof value !== 'object' || value === null) return;
  const declared = tmf.declaredProperties(spec, schema);
  const allowed = new Set([...declared, ...(extensions[schema] ?? [])]);
  expect(
    Object.keys(value).filter((key) => !allowed.has(key)),
    `${schema} fields`,
  ).toEqual([]);
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'TMF');
  expect(
    (await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } })).status,
  ).toBe(200);
  const accountId = (await create<{ id: string }>(admin(), '/accounts', { name: 'TMF Client' })).id;
  const start5 = await launchedOffering(rest, admin(), 'Start 5 GB', start5Prices);
  const basic10 = await launchedOffering(rest, admin(), 'Basic 10 GB', basic10Prices);
  samples.offering = (
    await call<Representation>(admin(), 'GET', `/telecom/productOffering/${start5.id}`)
  ).body;
  samples.bundle = await create(admin(), '/telecom/productOffering', {
    name: 'Family',
    bundledProductOffering: [{ id: start5.id }, { id: basic10.id }],
    productOfferingPrice: [
      monthlyFee(900),
      {
        name: 'Installation',
        priceType: 'oneTime',
        price: { taxIncludedAmount: { unit: 'RUB', value: 1000 } },
      },
    ],
    validFor: { startDateTime: '2026-01-01T00:00:00Z' },
  });
  const line = await create<{ id: string }>(admin(), '/telecom/product', {
    accountId,
    productOffering: { id: start5.id },
    productSerialNumber: '+79990000001',
    status: 'active',
    startDate: midMonth(5),
  });
  samples.product = (await call<Representation>(admin(), 'GET', `/telecom/product/${line.id}`)).body;
  const aborted = await create<{ id: string }>(admin(), '/telecom/product', {
    accountId,
    productOffering: { id: basic10.id },
    productSerialNumber: '+79990000002',
  });
  samples.abortedProduct = (
    await call<Representation>(admin(), 'POST', `/telecom/product/${aborted.id}/status`, {
      status: 'aborted',
    })
  ).body;
  const order = await create<{ id: string }>(admin(), '/telecom/productOrder', {
    accountId,
    priority: '1',
    requestedCompletionDate: new Date(Date.now() + 86_400_000).toISOString(),
    productOrderItem: [
      { id: '1', action: 'modify', product: { id: line.id }, productOffering: { id: basic10.id } },
      {
        id: '2',
        action: 'add',
        productOffering: { id: basic10.id },
        product: { productSerialNumber: '+79990000003' },
      },
    ],
  });
  await call(admin(), 'POST', `/telecom/productOrder/${order.id}/state`, { state: 'inProgress' });
  samples.order = (
    await call<Representation>(admin(), 'POST', `/telecom/productOrder/${order.id}/state`, {
      state: 'completed',
    })
  ).body;
  const ticket = await create<{ id: string }>(admin(), '/telecom/troubleTicket', {
    accountId,
    productId: line.id,
    name: 'No data',
    description: 'No mobile data since the morning',
    severity: 'major',
    channel: 'phone',
    requestedResolutionDate: new Date(Date.now() + 3_600_000).toISOString(),
  });
  await call(admin(), 'POST', `/telecom/troubleTicket/${ticket.id}/status`, {
    status: 'inProgress',
    statusChangeReason: 'Engineer assigned',
  });
  samples.ticket = (
    await call<Representation>(admin(), 'POST', `/telecom/troubleTicket/${ticket.id}/status`, {
      status: 'resolved',
    })
  ).body;
  const usage = await call<{ items: Representation[] }>(admin(), 'POST', '/telecom/usage', {
    items: threeMonthsOfUsage(accountId, line.id, [
      [7, 300, 10],
      [8, 400, 12],
      [6, 350, 9],
    ]),
  });
  samples.usage = usage.body.items[0] ?? {};
});
afterAll(async () => h.close());

describe('the vendored specifications', () => {
  it('are the unmodified published files', () => {
    expect({
      tmf620: sha256Of('tmf620'),
      tmf621: sha256Of('tmf621'),
      tmf622: sha256Of('tmf622'),
      tmf635: sha256Of('tmf635'),
      tmf637: sha256Of('tmf637'),
    }).toEqual({
      tmf620: 'e4d73a59e906fc5daf379273d923cc0874305634b1cee8bc52275b8d6cac354a',
      tmf621: 'fbee3eb6f84e308c5e2b3fe000e72742c28652963f6f9d133037da9a99d8ca91',
      tmf622: 'c4272dcf9ee9e405e1049f2a0b69a0a3149e7328fb172b7f69b77f7f197950ef',
      tmf635: 'e0d607c44b51078311de70cbc6b96429af21016cd6ff09ace4549e4f2d3ce14c',
      tmf637: 'ab24403bf2b9fa6f122acad55042bb3cde0112ca2c84c614d74c6133708feded',
    });
  });

  it('catch what does not conform (the validator is not vacuous)', () => {
    expect(tmf.errors('tmf622', 'ProductOrder', { state: 'done', productOrderItem: [] })).not.toEqual([]);
    expect(tmf.errors('tmf622', 'ProductOrder', { state: 'acknowledged' })).not.toEqual([]);
    expect(tmf.errors('tmf637', 'Product', { status: 'paused' })).not.toEqual([]);
    expect(
      tmf.errors('tmf635', 'Usage', { status: 'rated', usageCharacteristic: [{ name: 'volume' }] }),
    ).not.toEqual([]);
    expect(tmf.errors('tmf620', 'ProductOffering', { isBundle: 'yes' })).not.toEqual([]);
    expect(
      tmf.errors('tmf620', 'ProductOfferingPriceRefOrValue', {
        price: { taxIncludedAmount: { value: '650' } },
      }),
    ).not.toEqual([]);
    // v5 requires @type, and a related party's party by its own @type.
    expect(tmf.errors('tmf621', 'TroubleTicket', { name: 'x', status: 'closed' })).not.toEqual([]);
    expect(
      tmf.errors('tmf621', 'TroubleTicket', {
        '@type': 'TroubleTicket',
        status: 'closed',
        relatedParty: [
          { '@type': 'RelatedPartyRefOrPartyRoleRef', partyOrPartyRole: { '@type': 'PartyRef' } },
        ],
      }),
    ).not.toEqual([]);
    expect(tmf.errors('tmf621', 'TroubleTicket', { '@type': 'TroubleTicket', status: 'done' })).not.toEqual(
      [],
    );
  });
});

describe('API representations validate against the TM Forum schemas', () => {
  it('TMF620: a tariff and a bundle, with their prices', () => {
    for (const offering of [samples.offering, samples.bundle]) {
      expectConforms('tmf620', 'ProductOffering', offering);
      const prices = offering?.productOfferingPrice;
      expect(Array.isArray(prices) && prices.length > 0).toBe(true);
      if (Array.isArray(prices))
        for (const price of prices) expectConforms('tmf620', 'ProductOfferingPriceRefOrValue', price);
    }
    expect(samples.bundle).toMatchObject({ isBundle: true, '@type': 'ProductOffering' });
    expect(samples.offering).toMatchObject({ lifecycleStatus: 'Launched' });
    expect(samples.offering?.productOfferingPrice).toMatchObject({
      0: {
        priceType: 'recurring',
        recurringChargePeriodType: 'month',
        price: { taxIncludedAmount: { unit: 'RUB', value: 300 } },
      },
    });
  });

  it('TMF637: subscriptions (product inventory), including the normalised "aborted"', () => {
    expectConforms('tmf637', 'Product', samples.product);
    expect(samples.product).toMatchObject({ status: 'active', '@type': 'Product' });
    expectConforms('tmf637', 'Product', samples.abortedProduct);
    expect(samples.abortedProduct?.status).toBe('aborted');
  });

  it('TMF622: a completed order with modify and add items', () => {
    expectConforms('tmf622', 'ProductOrder', samples.order);
    const items = samples.order?.productOrderItem;
    if (Array.isArray(items)) for (const item of items) expectConforms('tmf622', 'ProductOrderItem', item);
    expect(samples.order).toMatchObject({
      state: 'completed',
      productOrderItem: [{ action: 'modify' }, { action: 'add' }],
    });
  });

  it('TMF621 (v5): a trouble ticket with related parties, entity and status history', () => {
    expectConforms('tmf621', 'TroubleTicket', samples.ticket);
    expect(samples.ticket).toMatchObject({ status: 'resolved', severity: 'major', '@type': 'TroubleTicket' });
  });

  it('TMF635: usage records', () => {
    expectConforms('tmf635', 'Usage', samples.usage);
    expect(samples.usage).toMatchObject({ status: 'billed', '@type': 'Usage' });
  });
});
