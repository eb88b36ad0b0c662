import type { TestDatabase } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateScore } from '../src/server/duplicates/duplicate-score.js';
import {
  dismissDuplicate,
  listDuplicates,
  mergeProperties,
  propertyDuplicates,
} from '../src/server/duplicates/index.js';
import { addressKey } from '../src/server/properties/address-key.js';
import {
  changeVerification,
  createProperty,
  getProperty,
  propertyHistory,
} from '../src/server/properties/index.js';
import { createShowing } from '../src/server/showings/index.js';
import { as, createPluginTenant, failure, pluginDatabase, type PluginTenant } from './support.js';

let t: TestDatabase;
let a: PluginTenant;

beforeAll(async () => {
  t = await pluginDatabase();
  a = await createPluginTenant(t, 'Alpha');
});
afterAll(async () => t.drop());

const facts = { UnitNumber: '45', EntryLevel: 5, LivingArea: 96.4, ListPrice: 68_500_000, BedroomsTotal: 2 };
const tolerances = { areaPct: 3, pricePct: 10 };

describe('duplicate score', () => {
  it('keys addresses by building: street words, city and flat number do not matter', () => {
    expect(addressKey('г. Москва, ул. Остоженка, д. 12, кв. 45')).toBe('12 остоженка');
    expect(addressKey('Москва, Остоженка улица 12, квартира 45')).toBe('12 остоженка');
    expect(addressKey('12 Ostozhenka St, apt 45, Moscow')).toBe('12 ostozhenka');
    expect(addressKey('Мичуринский пр-т, д. 6, корп. 2')).toBe(addressKey('Мичуринский проспект 6к2'));
  });

  it('scores the same flat high, and rules out another flat, floor, size or room count', () => {
    expect(duplicateScore(facts, { ...facts, LivingArea: 96, ListPrice: 67_900_000 }, 1, tolerances)).toEqual(
      {
        score: 1,
        reasons: ['address', 'unit', 'floor', 'rooms', 'area', 'price'],
      },
    );
    for (const other of [
      { ...facts, UnitNumber: '46' },
      { ...facts, EntryLevel: 6 },
      { ...facts, LivingArea: 110 },
      { ...facts, BedroomsTotal: 3 },
    ]) {
      expect(duplicateScore(facts, other, 1, tolerances).score).toBe(0);
    }
    expect(duplicateScore(facts, facts, 0.5, tolerances).score).toBe(0);
    // Unknown flat and floor neither add nor rule out: address + area + price.
    const sparse = {
      UnitNumber: null,
      EntryLevel: null,
      LivingArea: 95,
      ListPrice: 65_000_000,
      BedroomsTotal: null,
    };
    expect(duplicateScore(facts, sparse, 1, tolerances)).toEqual({
      score: 0.7,
      reasons: ['address', 'area', 'price'],
    });
  });
});

describe('duplicate detection, merge and audit', () => {
  it('records the pair when the same flat is taken in again, merges it with history and audit', async () => {
    const original = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'г. Москва, ул. Остоженка, д. 12, кв. 45',
        City: 'Москва',
        StandardStatus: 'Active',
        ...facts,
      }),
    );
    const copy = await as(t, a, 'sales_manager', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Москва, Остаженка улица 12, квартира 45',
        City: 'Москва',
        StandardStatus: 'Active',
        ...facts,
        UnitNumber: undefined,
        LivingArea: 96,
        ListPrice: 67_900_000,
        PostalCode: '119034',
      }),
    );
    // A different flat in the same building is not a duplicate.
    await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'ул. Остоженка, 12, кв. 46',
        City: 'Москва',
        ...facts,
        UnitNumber: '46',
      }),
    );
    const queue = await as(t, a, 'viewer', (ctx) => listDuplicates(ctx, { status: 'open', limit: 50 }));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      ListingKey: copy.ListingKey,
      candidateKey: original.ListingKey,
      status: 'open',
      property: { UnitNumber: '45' },
    });
    expect(queue.items[0]?.reasons).toEqual(expect.arrayContaining(['address', 'unit', 'floor', 'area']));
    await as(t, a, 'admin', (ctx) =>
      createShowing(ctx, {
        ListingKey: copy.ListingKey,
        ShowingStartTimestamp: new Date(Date.now() + 86_400_000),
        ShowingEndTimestamp: new Date(Date.now() + 90_000_000),
      }),
    );

    const rep = await failure(
      as(t, a, 'sales_rep', (ctx) =>
        mergeProperties(ctx, { ListingKey: copy.ListingKey, intoKey: original.ListingKey }),
      ),
    );
    expect(rep.code).toBe('FORBIDDEN');
    const merged = await as(t, a, 'sales_manager', (ctx) =>
      mergeProperties(ctx, {
        ListingKey: copy.ListingKey,
        intoKey: original.ListingKey,
        note: 'тот же собственник',
      }),
    );
    expect(merged).toMatchObject({ ListingKey: original.ListingKey, PostalCode: '119034' });
    const gone = await as(t, a, 'viewer', (ctx) => getProperty(ctx, copy.ListingKey));
    expect(gone).toMatchObject({
      verificationStatus: 'Duplicate',
      duplicateOfKey: original.ListingKey,
      allowedVerificationTransitions: [],
    });
    const pairs = await as(t, a, 'viewer', (ctx) => propertyDuplicates(ctx, original.ListingKey));
    expect(pairs.items.map((p) => p.status)).toEqual(['merged']);

    const copyHistory = await as(t, a, 'viewer', (ctx) => propertyHistory(ctx, copy.ListingKey));
    expect(
      copyHistory.items.slice(0, 2).map((h) => [h.FieldName, h.NewValue, h.ChangeType, h.ChangedByMemberKey]),
    ).toEqual(
      expect.arrayContaining([
        ['verificationStatus', 'Duplicate', 'Merge', a.users.sales_manager],
        ['duplicateOfKey', original.ListingKey, 'Merge', a.users.sales_manager],
      ]),
    );
    const originalHistory = await as(t, a, 'viewer', (ctx) => propertyHistory(ctx, original.ListingKey));
    expect(originalHistory.items.map((h) => [h.FieldName, h.NewValue])).toEqual(
      expect.arrayContaining([
        ['mergedFrom', copy.ListingKey],
        ['PostalCode', '119034'],
      ]),
    );
    const audit = await t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({
        where: { action: 'realestate.property.merged' },
        select: { actorUserId: true, recordId: true, after: true },
      }),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: a.users.sales_manager,
      recordId: original.ListingKey,
      after: { duplicate: copy.ListingKey, duplicateOfKey: original.ListingKey, filled: ['PostalCode'] },
    });
    // The duplicate's showing now belongs to the original; the duplicate cannot be verified or merged again.
    const showings = await t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM "RealestateShowing" WHERE "ListingKey" = ${original.ListingKey}::uuid`,
    );
    expect(showings[0]?.n).toBe(1);
    const again = await failure(
      as(t, a, 'support_agent', (ctx) =>
        changeVerification(ctx, { ListingKey: copy.ListingKey, verificationStatus: 'Verifying' }),
      ),
    );
    expect(again.message).toBe('A Duplicate object cannot change its verification status');
  });

  it('a dismissed pair stays dismissed when the object changes', async () => {
    const first = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Тверская ул., 9, кв. 33',
        City: 'Москва',
        LivingArea: 88,
        EntryLevel: 4,
      }),
    );
    const second = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'ул. Тверская, д. 9, кв. 33',
        City: 'Москва',
        LivingArea: 88.5,
        EntryLevel: 4,
      }),
    );
    const [pair] = (await as(t, a, 'viewer', (ctx) => propertyDuplicates(ctx, second.ListingKey))).items;
    expect(pair?.candidateKey).toBe(first.ListingKey);
    const dismissed = await as(t, a, 'sales_manager', (ctx) => dismissDuplicate(ctx, pair?.id ?? ''));
    expect(dismissed.status).toBe('dismissed');
    const { updateProperty } = await import('../src/server/properties/update-property.js');
    await as(t, a, 'sales_rep', (ctx) =>
      updateProperty(ctx, { ListingKey: second.ListingKey, LivingArea: 88.2 }),
    );
    const after = await as(t, a, 'viewer', (ctx) => propertyDuplicates(ctx, second.ListingKey));
    expect(after.items.map((p) => p.status)).toEqual(['dismissed']);
  });
});
