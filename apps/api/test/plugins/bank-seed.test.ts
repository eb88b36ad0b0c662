import { plugins, seedDemoTenant } from '@crm/core';
import { bankTables } from '@crm/plugin-bank';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let h: TestApp;
afterAll(async () => h.close());
beforeAll(async () => {
  h = await createTestApp();
});

async function counts(tenantId: string) {
  return h.t.db.withTenant(tenantId, async () => ({
    tiers: await bankTables.bankTier.count(),
    plans: await bankTables.bankRelationshipPlan.count(),
    products: await bankTables.bankProduct.count(),
    snapshots: await bankTables.bankProfitabilitySnapshot.count(),
    households: await bankTables.bankHousehold.count(),
    referrals: await bankTables.bankReferral.count(),
    offers: await bankTables.bankOffer.count(),
    campaigns: await bankTables.bankCampaign.count(),
    rules: await bankTables.bankDistributionRule.count(),
    statusChanges: await bankTables.bankStatusChange.count(),
  }));
}

describe('bank demo data', () => {
  it('seeds the Russian demo workspace realistically and writes nothing twice on a second enable', async () => {
    const demo = await seedDemoTenant(h.t.db, { password: 'demo-password-123', locale: 'ru', scale: 0.2 });
    await plugins.enablePluginsAsTenantAdmin(h.t.db, demo.tenantId, h.services.plugins, ['bank']);
    const first = await counts(demo.tenantId);
    expect(first).toMatchObject({ tiers: 4, plans: 8, households: 1, referrals: 5, campaigns: 1, rules: 3 });
    expect(first.products).toBeGreaterThanOrEqual(13);
    expect(first.snapshots).toBe(24);
    expect(first.offers).toBeGreaterThan(1);
    await plugins.enablePluginsAsTenantAdmin(h.t.db, demo.tenantId, h.services.plugins, ['bank']);
    expect(await counts(demo.tenantId)).toEqual(first);
    const names = await h.t.db.withTenant(demo.tenantId, () =>
      bankTables.bankTier.findMany({ orderBy: { rank: 'asc' }, select: { name: true } }),
    );
    expect(names.map((t) => t.name)).toEqual([
      'VIP / Private Banking',
      'Премиум',
      'Малый бизнес',
      'Массовый',
    ]);
  });
});
