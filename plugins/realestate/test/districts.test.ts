import type { TestDatabase } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDistrictAlias,
  createDistrict,
  normalizeDistrict,
  normalizeDistrictName,
  updateDistrict,
} from '../src/server/districts/index.js';
import { createProperty, getProperty } from '../src/server/properties/index.js';
import { as, createPluginTenant, failure, pluginDatabase, type PluginTenant } from './support.js';

let t: TestDatabase;
let a: PluginTenant;
let b: PluginTenant;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await pluginDatabase();
  a = await createPluginTenant(t, 'Alpha');
  b = await createPluginTenant(t, 'Beta');
  for (const [name, aliases] of [
    ['Хамовники', ['Khamovniki', 'Хамовнический']],
    ['Замоскворечье', ['Zamoskvorechye']],
    ['Арбат', ['Arbat']],
    ['Якиманка', []],
  ] as const) {
    const district = await as(t, a, 'admin', (ctx) =>
      createDistrict(ctx, { name, City: 'Москва', aliases: [...aliases] }),
    );
    ids[name] = district.id;
  }
});
afterAll(async () => t.drop());

const resolve = (name: string, tenant = a) =>
  as(t, tenant, 'sales_rep', (ctx) => normalizeDistrict(ctx, { name, City: 'Москва' }));

describe('district normalisation', () => {
  it('drops case, ё, punctuation and words like "район" before comparing', () => {
    expect(normalizeDistrictName('  Р-н  ХАМОВНИКИ, ')).toBe('хамовники');
    expect(normalizeDistrictName('Khamovniki district')).toBe('khamovniki');
    expect(normalizeDistrictName('Черёмушки')).toBe('черемушки');
    expect(normalizeDistrictName('район')).toBe('');
  });

  it('maps names, aliases and misspellings to the dictionary entry', async () => {
    const cases: [string, string, string][] = [
      ['Хамовники', 'Хамовники', 'exact'],
      ['район Хамовники', 'Хамовники', 'exact'],
      ['KHAMOVNIKI', 'Хамовники', 'alias'],
      ['Хамовнеки', 'Хамовники', 'fuzzy'],
      ['Хамовники р-н', 'Хамовники', 'exact'],
      ['Замоскворечие', 'Замоскворечье', 'fuzzy'],
      ['Zamoskvorechie', 'Замоскворечье', 'fuzzy'],
      ['Орбат', 'Арбат', 'fuzzy'],
      ['р-н Якиманка', 'Якиманка', 'exact'],
    ];
    for (const [typed, name, match] of cases) {
      const resolved = await resolve(typed);
      expect({ typed, name: resolved.name, match: resolved.match }).toEqual({ typed, name, match });
    }
  });

  it('does not guess: far-off or too short names stay unmapped, and another tenant knows nothing', async () => {
    for (const typed of ['Тверской', 'Хам', 'Марьино']) {
      expect((await resolve(typed)).match, typed).toBe('none');
    }
    expect((await resolve('Хамовники', b)).match).toBe('none');
  });

  it('stores the typed district and its dictionary name on the object; a learned alias maps waiting objects', async () => {
    const typo = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'ул. Льва Толстого, 16',
        City: 'Москва',
        MLSAreaMajor: 'Хамовнеки',
      }),
    );
    expect(typo).toMatchObject({
      districtId: ids['Хамовники'],
      MLSAreaMajor: 'Хамовники',
      districtInput: 'Хамовнеки',
      districtMatch: 'fuzzy',
    });
    const unknown = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Садовническая ул., 5',
        City: 'Москва',
        MLSAreaMajor: 'Балчуг',
      }),
    );
    expect(unknown).toMatchObject({ districtId: null, MLSAreaMajor: 'Балчуг', districtMatch: 'none' });
    await as(t, a, 'support_agent', (ctx) =>
      addDistrictAlias(ctx, { id: ids['Замоскворечье'] ?? '', alias: 'Балчуг' }),
    );
    const mapped = await as(t, a, 'viewer', (ctx) => getProperty(ctx, unknown.ListingKey));
    expect(mapped).toMatchObject({
      districtId: ids['Замоскворечье'],
      MLSAreaMajor: 'Замоскворечье',
      districtMatch: 'alias',
    });
    expect((await resolve('балчуг')).match).toBe('alias');
  });

  it('refuses a name that already belongs to another district, naming the field, and writes nothing', async () => {
    const error = await failure(
      as(t, a, 'admin', (ctx) =>
        createDistrict(ctx, { name: 'Новый', City: 'Москва', aliases: ['Хамовники'] }),
      ),
    );
    expect(error.details?.fields).toEqual([
      { field: 'aliases.0', message: 'already names the district Хамовники' },
    ]);
    expect((await resolve('Новый')).match).toBe('none');
    const viewer = await failure(
      as(t, a, 'viewer', (ctx) => createDistrict(ctx, { name: 'Z', City: 'Москва' })),
    );
    expect(viewer.code).toBe('FORBIDDEN');
  });

  it('renames a district (the old name stays an alias, objects show the new one) and refuses a taken name', async () => {
    const district = await as(t, a, 'admin', (ctx) =>
      createDistrict(ctx, { name: 'Таганка', City: 'Москва' }),
    );
    const object = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, {
        UnparsedAddress: 'Марксистская ул., 1',
        City: 'Москва',
        MLSAreaMajor: 'Таганка',
      }),
    );
    const renamed = await as(t, a, 'admin', (ctx) =>
      updateDistrict(ctx, { id: district.id, name: 'Таганский' }),
    );
    expect(renamed).toMatchObject({ name: 'Таганский', active: true, version: district.version + 1 });
    expect(renamed.aliases).toEqual(
      expect.arrayContaining([
        { alias: 'Таганский', source: 'name' },
        { alias: 'Таганка', source: 'alias' },
      ]),
    );
    expect((await resolve('Таганский')).match).toBe('exact');
    expect(await resolve('Таганка')).toMatchObject({ match: 'alias', name: 'Таганский' });
    expect(await as(t, a, 'viewer', (ctx) => getProperty(ctx, object.ListingKey))).toMatchObject({
      districtId: district.id,
      MLSAreaMajor: 'Таганский',
    });
    const taken = await failure(
      as(t, a, 'admin', (ctx) => updateDistrict(ctx, { id: district.id, name: 'р-н Арбат' })),
    );
    expect(taken.details?.fields).toEqual([{ field: 'name', message: 'already names the district Арбат' }]);
    const stale = await failure(
      as(t, a, 'admin', (ctx) =>
        updateDistrict(ctx, { id: district.id, name: 'Таганская', expectedVersion: district.version }),
      ),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await resolve('Таганский')).name).toBe('Таганский');
  });

  it('takes a district out of use and back: no longer mapped or assignable, its objects keep it', async () => {
    const district = await as(t, a, 'admin', (ctx) =>
      createDistrict(ctx, { name: 'Басманный', City: 'Москва', aliases: ['Basmanny'] }),
    );
    const object = await as(t, a, 'sales_rep', (ctx) =>
      createProperty(ctx, { UnparsedAddress: 'Бауманская ул., 7', City: 'Москва', districtId: district.id }),
    );
    const inactive = await as(t, a, 'support_agent', (ctx) =>
      updateDistrict(ctx, { id: district.id, active: false }),
    );
    expect(inactive).toMatchObject({ active: false, name: 'Басманный' });
    expect((await resolve('Басманный')).match).toBe('none');
    expect((await resolve('Basmanny')).match).toBe('none');
    const refused = await failure(
      as(t, a, 'sales_rep', (ctx) =>
        createProperty(ctx, {
          UnparsedAddress: 'Бауманская ул., 9',
          City: 'Москва',
          districtId: district.id,
        }),
      ),
    );
    expect(refused.details?.fields).toEqual([{ field: 'districtId', message: 'is out of use' }]);
    expect(await as(t, a, 'viewer', (ctx) => getProperty(ctx, object.ListingKey))).toMatchObject({
      districtId: district.id,
      MLSAreaMajor: 'Басманный',
    });
    await as(t, a, 'admin', (ctx) => updateDistrict(ctx, { id: district.id, active: true }));
    expect((await resolve('Basmanny')).match).toBe('alias');
  });

  it("lets only dictionary editors change districts, and only their own tenant's", async () => {
    const id = ids['Якиманка'] ?? '';
    const viewer = await failure(as(t, a, 'viewer', (ctx) => updateDistrict(ctx, { id, active: false })));
    expect(viewer.code).toBe('FORBIDDEN');
    const other = await failure(as(t, b, 'admin', (ctx) => updateDistrict(ctx, { id, active: false })));
    expect(other.code).toBe('NOT_FOUND');
    expect((await resolve('Якиманка')).match).toBe('exact');
  });
});
