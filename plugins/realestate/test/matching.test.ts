import type { TestDatabase } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realestateTables } from '../src/db.js';
import { createDistrict } from '../src/server/districts/index.js';
import { matchScore, type MatchCriteria, type MatchFacts } from '../src/server/matching/match-score.js';
import {
  notifyNewMatches,
  propertyMatches,
  requirementMatches,
  runPendingMatching,
  setMatchPreference,
} from '../src/server/matching/index.js';
import { changeListingStatus, createProperty, updateProperty } from '../src/server/properties/index.js';
import { createRequirement, updateRequirement } from '../src/server/requirements/index.js';
import { as, createPluginTenant, failure, pluginDatabase, type PluginTenant } from './support.js';

const criteria: MatchCriteria = {
  PropertyType: 'Residential',
  City: 'Москва',
  districtIds: ['d1', 'd2'],
  minPrice: 20_000_000,
  maxPrice: 40_000_000,
  minArea: 50,
  maxArea: null,
  minBedrooms: 2,
  maxBedrooms: null,
  minFloor: null,
  maxFloor: null,
  notFirstFloor: true,
  notLastFloor: true,
};
const facts: MatchFacts = {
  PropertyType: 'Residential',
  City: 'москва',
  districtId: 'd1',
  ListPrice: 30_000_000,
  LivingArea: 64,
  BedroomsTotal: 2,
  EntryLevel: 3,
  StoriesTotal: 9,
};

describe('match score', () => {
  it('fits on type, city, districts, price, area, rooms and floor; unknown facts count half', () => {
    expect(matchScore(criteria, facts)).toBe(1);
    expect(matchScore(criteria, { ...facts, EntryLevel: null })).toBe(0.8);
    for (const miss of [
      { districtId: 'd3' },
      { ListPrice: 41_000_000 },
      { LivingArea: 49 },
      { BedroomsTotal: 1 },
      { EntryLevel: 1 },
      { EntryLevel: 9 },
      { PropertyType: 'Land' },
      { City: 'Казань' },
    ]) {
      expect(matchScore(criteria, { ...facts, ...miss }), JSON.stringify(miss)).toBeNull();
    }
    expect(
      matchScore(
        { ...criteria, districtIds: [], notFirstFloor: false, notLastFloor: false },
        { ...facts, districtId: null },
      ),
    ).toBe(1);
  });
});

let t: TestDatabase;
let a: PluginTenant;
let b: PluginTenant;
let khamovniki: string;

beforeAll(async () => {
  t = await pluginDatabase();
  a = await createPluginTenant(t, 'Alpha');
  b = await createPluginTenant(t, 'Beta');
  khamovniki = (
    await as(t, a, 'admin', (ctx) =>
      createDistrict(ctx, { name: 'Хамовники', City: 'Москва', aliases: ['Khamovniki'] }),
    )
  ).id;
  await as(t, a, 'admin', (ctx) => createDistrict(ctx, { name: 'Арбат', City: 'Москва' }));
});
afterAll(async () => t.drop());

const run = (tenant: PluginTenant) =>
  t.db.withTenant(tenant.tenantId, async (db) => ({
    ...(await runPendingMatching(realestateTables, tenant.tenantId)),
    ...(await notifyNewMatches(db, realestateTables, tenant.tenantId)),
  }));
const notifications = (tenant: PluginTenant, userId: string) =>
  t.db.withTenant(tenant.tenantId, (db) =>
    db.notification.findMany({ where: { userId }, select: { title: true, recordId: true } }),
  );

describe('requirement ↔ object matching', () => {
  it('matches when either side changes, notifies the agent once, and follows changes', async () => {
    const object = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'ул. Остоженка, 12, кв. 45',
        City: 'Москва',
        MLSAreaMajor: 'Хамовнеки',
        StandardStatus: 'Active',
        ListPrice: 35_000_000,
        LivingArea: 71,
        BedroomsTotal: 2,
        EntryLevel: 3,
        StoriesTotal: 7,
      }),
    );
    const elsewhere = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Новый Арбат, 15, кв. 1',
        City: 'Москва',
        MLSAreaMajor: 'Арбат',
        StandardStatus: 'Active',
        ListPrice: 30_000_000,
        LivingArea: 70,
        BedroomsTotal: 2,
      }),
    );
    // Not on the market yet: not offered.
    await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Остоженка, 3',
        City: 'Москва',
        MLSAreaMajor: 'Хамовники',
        ListPrice: 30_000_000,
        LivingArea: 80,
        BedroomsTotal: 2,
      }),
    );
    const requirement = await as(t, a, 'sales_manager', (ctx) =>
      createRequirement(ctx, {
        name: 'Волковы',
        agentId: a.users.sales_rep,
        City: 'Москва',
        districts: ['Khamovniki'],
        minPrice: 20_000_000,
        maxPrice: 40_000_000,
        minArea: 60,
        minBedrooms: 2,
        notFirstFloor: true,
      }),
    );
    expect(requirement.districtIds).toEqual([khamovniki]);
    expect(await run(a)).toMatchObject({ newMatches: 1, notified: 1 });
    const matches = await as(t, a, 'viewer', (ctx) => requirementMatches(ctx, requirement.id));
    expect(matches.items.map((m) => [m.ListingKey, m.score])).toEqual([[object.ListingKey, 1]]);
    expect(await notifications(a, a.users.sales_rep)).toEqual([
      { title: `Новый объект для запроса «Волковы»: ${object.ListingId}`, recordId: requirement.id },
    ]);
    // Nothing changed: nothing new, nobody notified twice.
    expect(await run(a)).toMatchObject({ properties: 0, requirements: 0, newMatches: 0, notified: 0 });

    // The buyer widens the search: the Arbat flat matches too.
    await as(t, a, 'sales_rep', (ctx) =>
      updateRequirement(ctx, { id: requirement.id, districts: ['Хамовники', 'Арбат'] }),
    );
    expect(await run(a)).toMatchObject({ newMatches: 1, notified: 1 });
    // The Arbat flat's price goes up past the budget: its match goes.
    await as(t, a, 'sales_rep', (ctx) =>
      updateProperty(ctx, { ListingKey: elsewhere.ListingKey, ListPrice: 45_000_000 }),
    );
    await run(a);
    expect((await as(t, a, 'viewer', (ctx) => propertyMatches(ctx, elsewhere.ListingKey))).items).toEqual([]);
    // Sold: off the market; a match the client marked stays (with its answer), others go.
    await as(t, a, 'sales_rep', (ctx) =>
      setMatchPreference(ctx, {
        id: requirement.id,
        ListingKey: object.ListingKey,
        ContactListingPreference: 'Favorite',
      }),
    );
    const task = await t.db.withTenant(a.tenantId, (db) =>
      db.activity.findMany({ where: { ownerId: a.users.sales_rep }, select: { subject: true } }),
    );
    expect(task.map((x) => x.subject)).toEqual([
      `Назначить показ ${object.ListingId} (ул. Остоженка, 12, кв. 45) по запросу «Волковы»`,
    ]);
    await as(t, a, 'sales_rep', (ctx) =>
      changeListingStatus(ctx, { ListingKey: object.ListingKey, StandardStatus: 'Withdrawn' }),
    );
    await run(a);
    expect(
      (await as(t, a, 'viewer', (ctx) => requirementMatches(ctx, requirement.id))).items.map(
        (m) => m.ContactListingPreference,
      ),
    ).toEqual(['Favorite']);
  });

  it('keeps tenants apart and checks rights', async () => {
    expect(await run(b)).toMatchObject({ properties: 0, requirements: 0, newMatches: 0 });
    const requirement = await as(t, a, 'sales_rep', (ctx) => createRequirement(ctx, { name: 'X' }));
    expect((await failure(as(t, b, 'admin', (ctx) => requirementMatches(ctx, requirement.id)))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(as(t, a, 'marketer', (ctx) => createRequirement(ctx, { name: 'Y' })))).code).toBe(
      'FORBIDDEN',
    );
    const unknown = await failure(
      as(t, a, 'sales_rep', (ctx) =>
        createRequirement(ctx, { name: 'Z', districts: ['Марьино'], maxPrice: 1, minPrice: 2 }),
      ),
    );
    expect(unknown.code).toBe('BAD_REQUEST');
  });
});
