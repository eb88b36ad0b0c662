import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

interface Property {
  ListingKey: string;
  ListingId: string;
  tenantId: string;
  StandardStatus: string;
  verificationStatus: string;
  MLSAreaMajor: string | null;
  districtMatch: string;
  allowedStatusTransitions: string[];
  nextVerificationDue: string | null;
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

const objectCount = (tenantId: string) =>
  h.t.db.withSystemRoleAcrossTenants(async (db) => {
    const rows = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "RealestateProperty" WHERE "tenantId" = ${tenantId}::uuid`;
    return rows[0]?.n ?? -1;
  });

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Realty');
  b = await createTestTenant(h, 'Other');
});
afterAll(async () => h.close());

describe('switching the plugin on and off', () => {
  it('answers 404 while off, refuses bad settings naming the field, seeds on enable', async () => {
    for (const url of ['/realestate/properties', '/realestate/districts', '/realestate/showings']) {
      expect((await call(admin(), 'GET', url)).status, url).toBe(404);
    }
    expect((await call(admin(), 'POST', '/reports/realestate.listings/run', {})).status).toBe(404);
    const bad = await call<ErrorBody>(admin(), 'POST', '/plugins/realestate/enable', {
      config: { reverifyDays: 0, duplicateThreshold: 2 },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['config.duplicateThreshold', 'config.reverifyDays']);
    expect(await objectCount(a.tenantId)).toBe(0);

    const on = await call(admin(), 'POST', '/plugins/realestate/enable', { config: { reverifyDays: 45 } });
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    const objects = await call<Items<Property>>(admin(), 'GET', '/realestate/properties?limit=200');
    expect(objects.body.items).toHaveLength(12);
    expect(objects.body.items.every((o) => o.tenantId === a.tenantId)).toBe(true);
    // Districts typed with mistakes were normalised to the dictionary.
    const byId = new Map(objects.body.items.map((o) => [o.ListingId, o]));
    expect(byId.get('MSK-1002')).toMatchObject({ MLSAreaMajor: 'Khamovniki', districtMatch: 'alias' });
    expect(byId.get('MSK-1012')).toMatchObject({ MLSAreaMajor: 'Arbat', districtMatch: 'fuzzy' });
    // The flat taken in twice waits for review.
    const review = await call<Items<{ property: { ListingId: string }; candidate: { ListingId: string } }>>(
      admin(),
      'GET',
      '/realestate/duplicates',
    );
    expect(review.body.items.map((p) => [p.property.ListingId, p.candidate.ListingId])).toContainEqual([
      'MSK-1002',
      'MSK-1001',
    ]);
    expect((await call(b.users.admin.token, 'GET', '/realestate/properties')).status).toBe(404);
    // Enabling again writes nothing twice.
    expect(
      (await call(admin(), 'POST', '/plugins/realestate/enable', { config: { reverifyDays: 45 } })).status,
    ).toBe(200);
    expect(await objectCount(a.tenantId)).toBe(12);
  });
});

describe('objects over REST', () => {
  let object: Property;

  it('creates with RESO names, refuses bad input naming the fields, and moves along both machines', async () => {
    const invalid = await call<ErrorBody>(a.users.sales_rep.token, 'POST', '/realestate/properties', {
      UnparsedAddress: '1 Test St',
      City: 'Moscow',
      EntryLevel: 12,
      StoriesTotal: 9,
      ListPrice: -1,
      StandardStatus: 'Closed',
      tenantId: b.tenantId,
    });
    expect(invalid.status).toBe(400);
    expect(fieldsOf(invalid.body).sort()).toEqual(['', 'ListPrice', 'StandardStatus'].sort());
    object = await create<Property>(a.users.sales_rep.token, '/realestate/properties', {
      UnparsedAddress: '7 Bolshaya Ordynka St, apt 12, Moscow',
      City: 'Moscow',
      MLSAreaMajor: 'Zamoskvorechie',
      ListPrice: 31_000_000,
      LivingArea: 64.5,
      BedroomsTotal: 2,
      EntryLevel: 3,
      StoriesTotal: 6,
    });
    expect(object).toMatchObject({
      StandardStatus: 'Incomplete',
      verificationStatus: 'Unverified',
      MLSAreaMajor: 'Zamoskvorechye',
      allowedStatusTransitions: ['ComingSoon', 'Active', 'Delete'],
    });
    const skip = await call<ErrorBody>(
      a.users.sales_rep.token,
      'POST',
      `/realestate/properties/${object.ListingKey}/status`,
      {
        StandardStatus: 'Closed',
      },
    );
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toBe(
      'A listing in Incomplete cannot become Closed; it can become: ComingSoon, Active, Delete',
    );
    const active = await call<Property>(
      a.users.sales_rep.token,
      'POST',
      `/realestate/properties/${object.ListingKey}/status`,
      {
        StandardStatus: 'Active',
      },
    );
    expect(active.body.StandardStatus).toBe('Active');
    // Verification is the desk's job, and separate from the listing status.
    const byRep = await call(
      a.users.sales_rep.token,
      'POST',
      `/realestate/properties/${object.ListingKey}/verification`,
      {
        verificationStatus: 'Verifying',
      },
    );
    expect(byRep.status).toBe(403);
    const desk = a.users.support_agent.token;
    const url = `/realestate/properties/${object.ListingKey}/verification`;
    expect((await call<ErrorBody>(desk, 'POST', url, { verificationStatus: 'Verified' })).status).toBe(409);
    expect((await call(desk, 'POST', url, { verificationStatus: 'Verifying' })).status).toBe(200);
    const verified = await call<Property>(desk, 'POST', url, {
      verificationStatus: 'Verified',
      note: 'owner called back',
    });
    expect(verified.body.verificationStatus).toBe('Verified');
    // reverifyDays: 45 from the enable settings.
    const due = new Date(verified.body.nextVerificationDue ?? 0).getTime() - Date.now();
    expect(Math.round(due / 86_400_000)).toBe(45);
    const history = await call<Items<{ FieldName: string; ChangeType: string }>>(
      a.users.viewer.token,
      'GET',
      `/realestate/properties/${object.ListingKey}/history`,
    );
    expect(history.body.items.map((e) => e.ChangeType)).toEqual([
      'Verification',
      'Verification',
      'Active',
      'NewListing',
    ]);
  });

  it('keeps roles apart: viewers read, marketers see no showings, reps do not merge', async () => {
    expect(
      (await call(a.users.viewer.token, 'GET', `/realestate/properties/${object.ListingKey}`)).status,
    ).toBe(200);
    expect(
      (
        await call(a.users.viewer.token, 'POST', '/realestate/properties', {
          UnparsedAddress: 'x',
          City: 'y',
        })
      ).status,
    ).toBe(403);
    expect((await call(a.users.marketer.token, 'GET', '/realestate/showings')).status).toBe(403);
    const merge = await call(
      a.users.sales_rep.token,
      'POST',
      `/realestate/properties/${object.ListingKey}/merge`,
      {
        intoKey: object.ListingKey,
      },
    );
    expect(merge.status).toBe(403);
    // Another tenant's id is simply unknown.
    await call(b.users.admin.token, 'POST', '/plugins/realestate/enable', {
      config: { seedDemoData: false },
    });
    expect(
      (await call(b.users.admin.token, 'GET', `/realestate/properties/${object.ListingKey}`)).status,
    ).toBe(404);
  });

  it('shows the real price of a deal only to roles allowed to see it', async () => {
    const deals = await call<Items<{ dealId: string; contractPrice: number; realPrice?: number }>>(
      admin(),
      'GET',
      '/realestate/deals',
    );
    const [deal] = deals.body.items;
    expect(deal).toMatchObject({ contractPrice: 49_500_000, realPrice: 52_000_000 });
    const asViewer = await call<{ contractPrice: number }>(
      a.users.viewer.token,
      'GET',
      `/realestate/deals/${deal?.dealId ?? ''}`,
    );
    expect(asViewer.status).toBe(200);
    expect(asViewer.body).toMatchObject({ contractPrice: 49_500_000 });
    expect(asViewer.body).not.toHaveProperty('realPrice');
  });

  it('runs its reports', async () => {
    const listings = await call<{ result: { total: number; byStatus: Record<string, number> } }>(
      a.users.viewer.token,
      'POST',
      '/reports/realestate.listings/run',
      { input: {} },
    );
    expect(listings.status, JSON.stringify(listings.body)).toBe(200);
    // Duplicates are not inventory: 12 seeded + 1 created, none merged yet.
    expect(listings.body.result.total).toBe(13);
    expect(listings.body.result.byStatus.Closed).toBe(1);
    const quality = await call<{
      result: { agents: { objectsCreated: number; duplicatesCreated: number }[] };
    }>(a.users.sales_manager.token, 'POST', '/reports/realestate.agentQuality/run', { input: {} });
    expect(quality.status, JSON.stringify(quality.body)).toBe(200);
    expect(quality.body.result.agents.reduce((n, row) => n + row.objectsCreated, 0)).toBe(13);
  });

  it('keeps the data when switched off, and brings it back', async () => {
    expect((await call(admin(), 'POST', '/plugins/realestate/disable', {})).status).toBe(200);
    expect((await call(admin(), 'GET', `/realestate/properties/${object.ListingKey}`)).status).toBe(404);
    expect(await objectCount(a.tenantId)).toBe(13);
    expect((await call(admin(), 'POST', '/plugins/realestate/enable', {})).status).toBe(200);
    expect((await call(admin(), 'GET', `/realestate/properties/${object.ListingKey}`)).status).toBe(200);
    expect(await objectCount(a.tenantId)).toBe(13);
  });
});
