import { deals as coreDeals } from '@crm/core';
import type { TestDatabase } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDealTerms, listDealTerms, upsertDealTerms } from '../src/server/deals/index.js';
import { createProperty } from '../src/server/properties/index.js';
import { as, createPluginTenant, failure, pluginDatabase, type PluginTenant } from './support.js';

let t: TestDatabase;
let a: PluginTenant;
let b: PluginTenant;
let dealId: string;
let ListingKey: string;

beforeAll(async () => {
  t = await pluginDatabase();
  a = await createPluginTenant(t, 'Alpha');
  b = await createPluginTenant(t, 'Beta');
  ListingKey = (
    await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Кутузовский пр-т, 24, кв. 77',
        City: 'Москва',
        ListPrice: 52_000_000,
      }),
    )
  ).ListingKey;
  dealId = (
    await as(t, a, 'sales_rep', (ctx) =>
      coreDeals.createDeal(ctx, { title: 'Продажа Кутузовский 24', customFields: {} }),
    )
  ).id;
});
afterAll(async () => t.drop());

describe('deal prices: the real price is for roles allowed to see it', () => {
  it('a sales rep records the contract price but may neither set nor see the real price', async () => {
    const refused = await failure(
      as(t, a, 'sales_rep', (ctx) =>
        upsertDealTerms(ctx, { dealId, ListingKey, contractPrice: 49_500_000, realPrice: 52_000_000 }),
      ),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const terms = await as(t, a, 'sales_rep', (ctx) =>
      upsertDealTerms(ctx, { dealId, ListingKey, contractPrice: 49_500_000 }),
    );
    expect(terms).toMatchObject({
      dealId,
      contractPrice: 49_500_000,
      title: 'Продажа Кутузовский 24',
      status: 'open',
    });
    expect(terms).not.toHaveProperty('realPrice');
  });

  it('a sales manager sets the real price; admins and managers see it with the gap, others never do', async () => {
    const set = await as(t, a, 'sales_manager', (ctx) =>
      upsertDealTerms(ctx, { dealId, ListingKey, contractPrice: 49_500_000, realPrice: 52_000_000 }),
    );
    expect(set).toMatchObject({ realPrice: 52_000_000, priceGap: 2_500_000 });
    for (const role of ['admin', 'sales_manager'] as const) {
      const seen = await as(t, a, role, (ctx) => getDealTerms(ctx, dealId));
      expect(seen, role).toMatchObject({ realPrice: 52_000_000, priceGap: 2_500_000 });
    }
    for (const role of ['sales_rep', 'support_agent', 'viewer'] as const) {
      const seen = await as(t, a, role, (ctx) => getDealTerms(ctx, dealId));
      expect(seen, role).toMatchObject({ contractPrice: 49_500_000 });
      expect(seen, role).not.toHaveProperty('realPrice');
      expect(seen, role).not.toHaveProperty('priceGap');
      const list = await as(t, a, role, (ctx) => listDealTerms(ctx, { limit: 50 }));
      expect(JSON.stringify(list), role).not.toContain('52000000');
    }
    // A rep changing the contract price leaves the real price as it was.
    await as(t, a, 'sales_rep', (ctx) =>
      upsertDealTerms(ctx, { dealId, ListingKey, contractPrice: 49_000_000 }),
    );
    expect(await as(t, a, 'admin', (ctx) => getDealTerms(ctx, dealId))).toMatchObject({
      contractPrice: 49_000_000,
      realPrice: 52_000_000,
    });
  });

  it('another tenant cannot read or attach terms to the deal, and bad references name the field', async () => {
    expect((await failure(as(t, b, 'admin', (ctx) => getDealTerms(ctx, dealId)))).code).toBe('NOT_FOUND');
    const foreign = await failure(
      as(t, b, 'admin', (ctx) => upsertDealTerms(ctx, { dealId, ListingKey, contractPrice: 1 })),
    );
    expect(foreign.details?.fields?.map((f) => f.field)).toEqual(['dealId']);
    const wrongObject = await failure(
      as(t, a, 'admin', (ctx) => upsertDealTerms(ctx, { dealId, ListingKey: dealId, contractPrice: 1 })),
    );
    expect(wrongObject.details?.fields?.map((f) => f.field)).toEqual(['ListingKey']);
  });
});
