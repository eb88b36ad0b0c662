import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTenant } from '../src/seed/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe('seedDemoTenant at scale 10, started twice at once', () => {
  // No bound on how long it takes: timing belongs to benchmarks, not to tests.
  it('seeds once, and both callers get the same tenant', async () => {
    const [a, b] = await Promise.all([
      seedDemoTenant(t.db, { password: 'pw-1', scale: 10, locale: 'en' }),
      seedDemoTenant(t.db, { password: 'pw-1', scale: 10, locale: 'en' }),
    ]);
    expect(b.tenantId).toBe(a.tenantId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(b.logins).toEqual(a.logins);

    const tenants = await t.db.withPlatform((db) => db.tenant.findMany({ select: { id: true, name: true } }));
    expect(tenants).toEqual([{ id: a.tenantId, name: 'Demo: North Wind LLC' }]);
    const counts = await t.db.withTenant(a.tenantId, async (db) => ({
      accounts: await db.account.count(),
      contacts: await db.contact.count(),
      deals: await db.deal.count(),
      activities: await db.activity.count(),
      stages: await db.stage.findMany({ select: { name: true, _count: { select: { deals: true } } } }),
      team: await db.team.findFirst({ select: { name: true } }),
    }));
    expect(counts).toMatchObject({
      accounts: 400,
      contacts: 1200,
      deals: 600,
      activities: 3000,
      team: { name: 'Moscow Sales' },
    });
    expect(counts.stages.map((stage) => stage.name).sort()).toEqual(
      ['Lost', 'Needs analysis', 'Negotiation', 'Proposal', 'Qualification', 'Won'].sort(),
    );
    for (const stage of counts.stages) expect(stage._count.deals, stage.name).toBeGreaterThan(30);
  }, 90_000);
});
