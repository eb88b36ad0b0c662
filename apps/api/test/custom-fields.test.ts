import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definer, type Contact, type Definition } from './support/custom-field-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Custom field definitions: defining, changing and archiving them. Their values on records:
// custom-field-values.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);
const define = definer(() => ({ h, a }));

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('custom field definitions', () => {
  it('creates and lists definitions per object type, in position order', async () => {
    const source = await define({
      objectType: 'contact',
      key: 'source',
      label: 'Source',
      type: 'select',
      options: ['web', 'phone'],
    });
    const score = await define({ objectType: 'contact', key: 'score', label: 'Score', type: 'number' });
    await define({ objectType: 'deal', key: 'score', label: 'Deal score', type: 'number' });
    expect([source.position, score.position]).toEqual([0, 1]);
    expect(source).toMatchObject({
      options: ['web', 'phone'],
      required: false,
      sensitive: false,
      archivedAt: null,
    });
    const list = await call<{ items: Definition[] }>(
      a.users.sales_rep.token,
      'GET',
      '/custom-fields?objectType=contact',
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((d) => d.key)).toEqual(['source', 'score']);
  });

  it('names invalid fields, and refuses a taken key with 409', async () => {
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/custom-fields', {
      objectType: 'lead',
      key: 'Bad-Key',
      label: '',
      type: 'color',
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['key', 'label', 'objectType', 'type']);
    const noOptions = await call<ErrorBody>(a.users.admin.token, 'POST', '/custom-fields', {
      objectType: 'contact',
      key: 'tier',
      label: 'Tier',
      type: 'select',
    });
    expect(fieldsOf(noOptions.body)).toEqual(['options']);
    const stray = await call<ErrorBody>(a.users.admin.token, 'POST', '/custom-fields', {
      objectType: 'contact',
      key: 'note',
      label: 'Note',
      type: 'text',
      options: ['x'],
    });
    expect(fieldsOf(stray.body)).toEqual(['options']);
    await define({ objectType: 'account', key: 'inn', label: 'ИНН', type: 'text' });
    const taken = await call<ErrorBody>(a.users.admin.token, 'POST', '/custom-fields', {
      objectType: 'account',
      key: 'inn',
      label: 'Again',
      type: 'text',
    });
    expect(taken.status).toBe(409);
    expect(fieldsOf(taken.body)).toEqual(['key']);
  });

  it('lets only admins manage definitions', async () => {
    const manager = a.users.sales_manager.token;
    expect(
      (
        await call(manager, 'POST', '/custom-fields', {
          objectType: 'deal',
          key: 'x',
          label: 'X',
          type: 'text',
        })
      ).status,
    ).toBe(403);
    const def = await define({ objectType: 'deal', key: 'region', label: 'Region', type: 'text' });
    expect((await call(manager, 'PATCH', `/custom-fields/${def.id}`, { label: 'Y' })).status).toBe(403);
    expect((await call(manager, 'DELETE', `/custom-fields/${def.id}`)).status).toBe(403);
  });

  it("answers 404 for another tenant's definition", async () => {
    const def = await define({ objectType: 'deal', key: 'secretField', label: 'Secret', type: 'text' });
    const other = b.users.admin.token;
    expect((await call(other, 'PATCH', `/custom-fields/${def.id}`, { label: 'Hacked' })).status).toBe(404);
    expect((await call(other, 'DELETE', `/custom-fields/${def.id}`)).status).toBe(404);
    expect((await call<{ items: Definition[] }>(other, 'GET', '/custom-fields')).body.items).toEqual([]);
  });
});

describe('changing and archiving definitions', () => {
  it('refuses to change the type of a field in use (409) but allows it for an unused one', async () => {
    const used = await define({
      objectType: 'contact',
      key: 'employees',
      label: 'Employees',
      type: 'number',
    });
    const unused = await define({
      objectType: 'contact',
      key: 'nickname',
      label: 'Nickname',
      type: 'number',
    });
    await call(a.users.admin.token, 'POST', '/contacts', {
      firstName: 'Counted',
      customFields: { employees: 12 },
    });
    const refused = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/custom-fields/${used.id}`, {
      type: 'text',
    });
    expect(refused.status).toBe(409);
    expect(fieldsOf(refused.body)).toEqual(['type']);
    const changed = await call<Definition>(a.users.admin.token, 'PATCH', `/custom-fields/${unused.id}`, {
      type: 'text',
      label: 'Nick',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ type: 'text', options: [] });
    const toSelect = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/custom-fields/${unused.id}`, {
      type: 'select',
    });
    expect(fieldsOf(toSelect.body)).toEqual(['options']);
  });

  it('refuses to remove a select option that records hold', async () => {
    const def = await define({
      objectType: 'contact',
      key: 'lang',
      label: 'Language',
      type: 'select',
      options: ['ru', 'en', 'de'],
    });
    await call(a.users.admin.token, 'POST', '/contacts', {
      firstName: 'Polyglot',
      customFields: { lang: 'en' },
    });
    const refused = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/custom-fields/${def.id}`, {
      options: ['ru', 'de'],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('en');
    const ok = await call<Definition>(a.users.admin.token, 'PATCH', `/custom-fields/${def.id}`, {
      options: ['ru', 'en', 'fr'],
    });
    expect(ok.body.options).toEqual(['ru', 'en', 'fr']);
  });

  it('archives on delete: values are kept but no longer shown or accepted, and the key stays reserved', async () => {
    const admin = a.users.admin.token;
    const def = await define({ objectType: 'contact', key: 'legacyId', label: 'Legacy id', type: 'text' });
    const contact = await call<Contact>(admin, 'POST', '/contacts', {
      firstName: 'Legacy',
      customFields: { legacyId: 'L-1' },
    });
    const archived = await call(admin, 'DELETE', `/custom-fields/${def.id}`);
    expect(archived.body).toEqual({ id: def.id, archived: true });
    expect((await call(admin, 'DELETE', `/custom-fields/${def.id}`)).status).toBe(404);
    const active = await call<{ items: Definition[] }>(
      admin,
      'GET',
      '/custom-fields?objectType=contact&limit=200',
    );
    expect(active.body.items.map((d) => d.key)).not.toContain('legacyId');
    const all = await call<{ items: Definition[] }>(
      admin,
      'GET',
      '/custom-fields?objectType=contact&archived=only',
    );
    expect(all.body.items.map((d) => d.key)).toEqual(['legacyId']);
    expect(
      (await call<Contact>(admin, 'GET', `/contacts/${contact.body.id}`)).body.customFields,
    ).not.toHaveProperty('legacyId');
    const write = await call<ErrorBody>(admin, 'PATCH', `/contacts/${contact.body.id}`, {
      customFields: { legacyId: 'L-2' },
    });
    expect(fieldsOf(write.body)).toEqual(['customFields.legacyId']);
    const again = await call<ErrorBody>(admin, 'POST', '/custom-fields', {
      objectType: 'contact',
      key: 'legacyId',
      label: 'Again',
      type: 'text',
    });
    expect(again.status).toBe(409);
    const stored = await h.t.db.withTenant(a.tenantId, (db) =>
      db.contact.findFirst({ where: { id: contact.body.id }, select: { customFields: true } }),
    );
    expect(stored?.customFields).toMatchObject({ legacyId: 'L-1' });
  });
});
