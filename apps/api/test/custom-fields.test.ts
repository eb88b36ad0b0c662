import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

interface Definition {
  id: string;
  objectType: string;
  key: string;
  type: string;
  options: string[];
  required: boolean;
  sensitive: boolean;
  position: number;
  archivedAt: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { field: string; message: string }[] } };
}
interface Contact {
  id: string;
  customFields: Record<string, unknown>;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;

async function call<T>(
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await h.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json<T>() };
}
const fieldsOf = (body: ErrorBody) => (body.error.details.fields ?? []).map((f) => f.field);

async function define(payload: object): Promise<Definition> {
  const res = await call<Definition>(a.users.admin.token, 'POST', '/custom-fields', payload);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

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

describe('custom field values on contacts', () => {
  it('validates values on every contact write, naming the field', async () => {
    const admin = a.users.admin.token;
    await define({ objectType: 'contact', key: 'birthday', label: 'Birthday', type: 'date', required: true });
    await define({
      objectType: 'contact',
      key: 'channels',
      label: 'Channels',
      type: 'multiSelect',
      options: ['email', 'sms'],
    });
    const missing = await call<ErrorBody>(admin, 'POST', '/contacts', { firstName: 'No birthday' });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['customFields.birthday']);
    const wrong = await call<ErrorBody>(admin, 'POST', '/contacts', {
      firstName: 'Wrong',
      customFields: { birthday: '31.12.1990', score: 'high', channels: ['fax'], source: 'mail', unknown: 1 },
    });
    expect(fieldsOf(wrong.body).sort()).toEqual(
      [
        'customFields.birthday',
        'customFields.channels',
        'customFields.score',
        'customFields.source',
        'customFields.unknown',
      ].sort(),
    );
    const ok = await call<Contact>(admin, 'POST', '/contacts', {
      firstName: 'Right',
      customFields: { birthday: '1990-12-31', score: 42, channels: ['sms'], source: 'web' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.customFields).toEqual({
      birthday: '1990-12-31',
      score: 42,
      channels: ['sms'],
      source: 'web',
    });
    const badPatch = await call<ErrorBody>(admin, 'PATCH', `/contacts/${ok.body.id}`, {
      customFields: { score: '43', birthday: null },
    });
    expect(fieldsOf(badPatch.body).sort()).toEqual(['customFields.birthday', 'customFields.score']);
    const goodPatch = await call<Contact>(admin, 'PATCH', `/contacts/${ok.body.id}`, {
      customFields: { score: 43, channels: null },
    });
    expect(goodPatch.body.customFields).toEqual({ birthday: '1990-12-31', score: 43, source: 'web' });
    // Later tests create contacts without a birthday.
    const list = await call<{ items: Definition[] }>(
      admin,
      'GET',
      '/custom-fields?objectType=contact&search=birthday',
    );
    await call(admin, 'PATCH', `/custom-fields/${list.body.items[0]?.id ?? ''}`, { required: false });
  });

  it('hides sensitive values from roles without seesSensitiveFields and stops them writing those', async () => {
    await define({ objectType: 'contact', key: 'income', label: 'Income', type: 'money', sensitive: true });
    const created = await call<Contact>(a.users.admin.token, 'POST', '/contacts', {
      firstName: 'Wealthy',
      ownerId: a.users.sales_rep.userId,
      customFields: { income: { amount: '250000.00', currency: 'RUB' }, score: 7 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // The sales manager sees the team's records: put the rep in the manager's team.
    const teamId = newId();
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.team.create({
        data: { tenantId: a.tenantId, id: teamId, name: 'Sales' },
        select: { id: true },
      });
      await db.teamMember.createMany({
        data: [
          { tenantId: a.tenantId, teamId, userId: a.users.sales_manager.userId, isManager: true },
          { tenantId: a.tenantId, teamId, userId: a.users.sales_rep.userId },
        ],
      });
    });
    const as = async (role: keyof TestTenant['users']) =>
      (await call<Contact>(a.users[role].token, 'GET', `/contacts/${id}`)).body.customFields;
    expect(await as('sales_rep')).toEqual({ score: 7 });
    expect(await as('support_agent')).toEqual({ score: 7 });
    expect(await as('viewer')).toEqual({ score: 7 });
    expect(await as('sales_manager')).toEqual({ income: { amount: '250000.00', currency: 'RUB' }, score: 7 });
    const listed = await call<{ items: Contact[] }>(a.users.sales_rep.token, 'GET', '/contacts?limit=200');
    expect(listed.body.items.find((c) => c.id === id)?.customFields).toEqual({ score: 7 });
    const write = await call<ErrorBody>(a.users.sales_rep.token, 'PATCH', `/contacts/${id}`, {
      customFields: { income: null },
    });
    expect(write.status).toBe(400);
    expect(fieldsOf(write.body)).toEqual(['customFields.income']);
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
