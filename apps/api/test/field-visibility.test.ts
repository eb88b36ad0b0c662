import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definer, type Contact } from './support/custom-field-fixtures.js';
import { importClient } from './support/import-helpers.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// Field visibility per role: a tenant admin hides chosen fields, the record's own or custom ones,
// from a custom role. Hidden means hidden everywhere: record views, lists, list filters and sorts,
// exports, imports, writes and the timeline.

let h: TestApp;
let a: TestTenant;
const { call, create } = restClient(() => h);
const define = definer(() => ({ h, a }));
const { upload, finished } = importClient(() => h);

interface Role {
  id: string;
  key: string;
}
interface TimelineEvent {
  kind: string;
  data: { changes?: { field: string }[] };
}
const admin = () => a.users.admin.token;
/** The viewer, moved into the field agent role below. */
const agent = () => a.users.viewer.token;

const agentPermissions = {
  grants: {
    Contact: { actions: ['read', 'create', 'update', 'export', 'import'], scope: 'all' },
    Deal: { actions: ['read'], scope: 'all' },
    Account: { actions: ['read'], scope: 'all' },
    CustomField: { actions: ['read'], scope: 'all' },
    Import: { actions: ['read', 'create'], scope: 'all' },
  },
  seesSensitiveFields: true,
  hiddenFields: { Contact: ['phones', 'cf.salary', 'cf.clearance'], Deal: ['amount', 'title'] },
};

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Visibility');
  await define({ objectType: 'contact', key: 'salary', label: 'Salary', type: 'number' });
  await define({ objectType: 'contact', key: 'hobby', label: 'Hobby', type: 'text' });
  const role = await create<Role>(admin(), '/roles', { name: 'Field agent', permissions: agentPermissions });
  const moved = await call(admin(), 'PATCH', `/members/${a.users.viewer.userId}`, { roleKey: role.key });
  expect(moved.status).toBe(200);
});
afterAll(async () => h.close());

async function newContact(firstName: string): Promise<Contact> {
  return create<Contact>(admin(), '/contacts', {
    firstName,
    phones: ['+7 495 123-45-67'],
    customFields: { salary: 180000, hobby: 'chess' },
  });
}

describe('hidden fields of a custom role', () => {
  it('refuses to hide fields a record type does not have, naming each', async () => {
    const wrong = await call<ErrorBody>(admin(), 'POST', '/roles', {
      name: 'Wrong',
      permissions: {
        grants: {},
        seesSensitiveFields: false,
        hiddenFields: { Contact: ['shoeSize', 'cf.hobby'], Pipeline: ['name'] },
      },
    });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong.body).sort()).toEqual([
      'permissions.hiddenFields.Contact.0',
      'permissions.hiddenFields.Pipeline.0',
    ]);
  });

  it('leaves hidden fields out of the record and the list', async () => {
    const contact = await newContact('Ирина');
    const seen = await call<Contact & { phones?: string[] }>(agent(), 'GET', `/contacts/${contact.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.customFields).toEqual({ hobby: 'chess' });
    expect(seen.body.phones).toBeUndefined();
    const full = await call<Contact & { phones?: string[] }>(admin(), 'GET', `/contacts/${contact.id}`);
    expect(full.body.customFields).toEqual({ salary: 180000, hobby: 'chess' });
    expect(full.body.phones).toEqual(['+7 495 123-45-67']);
    const listed = await call<{ items: Contact[] }>(agent(), 'GET', '/contacts?limit=200');
    expect(listed.body.items.find((c) => c.id === contact.id)?.customFields).toEqual({ hobby: 'chess' });
  });

  it('refuses writes to hidden custom fields and keeps their stored values', async () => {
    const contact = await newContact('Олег');
    const write = await call<ErrorBody>(agent(), 'PATCH', `/contacts/${contact.id}`, {
      customFields: { salary: 1, hobby: 'go' },
    });
    expect(write.status).toBe(400);
    expect(fieldsOf(write.body)).toEqual(['customFields.salary']);
    expect(write.body.error.details.fields?.[0]?.message).toContain('hidden from your role');
    const created = await call<ErrorBody>(agent(), 'POST', '/contacts', {
      firstName: 'New',
      customFields: { salary: 1 },
    });
    expect(fieldsOf(created.body)).toEqual(['customFields.salary']);
    const visibleWrite = await call(agent(), 'PATCH', `/contacts/${contact.id}`, {
      customFields: { hobby: 'go' },
    });
    expect(visibleWrite.status).toBe(200);
    const stored = await call<Contact>(admin(), 'GET', `/contacts/${contact.id}`);
    expect(stored.body.customFields).toEqual({ salary: 180000, hobby: 'go' });
  });

  it('does not ask a role for a required field hidden from it', async () => {
    await define({
      objectType: 'contact',
      key: 'clearance',
      label: 'Clearance',
      type: 'text',
      required: true,
    });
    const byAdmin = await call<ErrorBody>(admin(), 'POST', '/contacts', { firstName: 'Admin' });
    expect(fieldsOf(byAdmin.body)).toEqual(['customFields.clearance']);
    const byAgent = await call(agent(), 'POST', '/contacts', { firstName: 'Agent' });
    expect(byAgent.status).toBe(201);
    const list = await call<{ items: { id: string }[] }>(
      admin(),
      'GET',
      '/custom-fields?objectType=contact&search=clearance',
    );
    await call(admin(), 'DELETE', `/custom-fields/${list.body.items[0]?.id ?? ''}`);
  });

  it('refuses list filters and sorts on hidden fields, naming the parameter', async () => {
    const byHidden = await call<ErrorBody>(agent(), 'GET', '/contacts?cf.salary=180000');
    expect(byHidden.status).toBe(403);
    expect(fieldsOf(byHidden.body)).toEqual(['cf.salary']);
    const byVisible = await call<{ items: Contact[] }>(agent(), 'GET', '/contacts?cf.hobby=chess');
    expect(byVisible.status).toBe(200);
    expect(byVisible.body.items.length).toBeGreaterThan(0);
    expect(byVisible.body.items.every((c) => c.customFields.hobby === 'chess')).toBe(true);
    const byAmount = await call<ErrorBody>(agent(), 'GET', '/deals?amountMin=1&sort=-title');
    expect(byAmount.status).toBe(403);
    expect(fieldsOf(byAmount.body).sort()).toEqual(['amountMin', 'sort']);
    expect((await call(agent(), 'GET', '/deals?sort=-updatedAt')).status).toBe(200);
    expect((await call(admin(), 'GET', '/contacts?cf.salary=180000')).status).toBe(200);
  });

  it('leaves hidden fields out of exports', async () => {
    await newContact('Export');
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts/export.csv',
      headers: bearer(agent()),
    });
    expect(res.statusCode).toBe(200);
    const rows: string[][] = parse(res.body.replace(/^\uFEFF/, ''));
    const header = rows[0];
    expect(header).toContain('cf.hobby');
    expect(header).not.toContain('cf.salary');
    expect(header).not.toContain('phones');
    const filtered = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts/export.csv?cf.salary=180000',
      headers: bearer(agent()),
    });
    expect(filtered.statusCode).toBe(403);
  });

  it('refuses importing hidden fields, mapped by hand or by the column name', async () => {
    const csv = 'firstName,cf.salary,cf.hobby\nИмпорт,99,darts\n';
    const mapped = await upload(
      a,
      { objectType: 'contact', mapping: { firstName: 'firstName', 'cf.salary': 'cf.salary' } },
      csv,
      'viewer',
    );
    expect(mapped.statusCode).toBe(400);
    expect(fieldsOf(mapped.json<ErrorBody>())).toEqual(['mapping.cf.salary']);
    const automatic = await upload(a, { objectType: 'contact' }, csv, 'viewer');
    expect(automatic.statusCode).toBe(400);
    expect(fieldsOf(automatic.json<ErrorBody>())).toEqual(['mapping.cf.salary']);
    const mapping = { firstName: 'firstName', 'cf.salary': null, 'cf.hobby': 'cf.hobby' };
    const skipped = await upload(a, { objectType: 'contact', mapping }, csv, 'viewer');
    expect(skipped.statusCode, skipped.body).toBe(202);
    const done = await finished(a, skipped.json<{ id: string }>().id);
    expect(done.createdRows).toBe(1);
    const imported = await call<{ items: Contact[] }>(admin(), 'GET', '/contacts?search=Импорт');
    expect(imported.body.items[0]?.customFields).toEqual({ hobby: 'darts' });
  });

  it('leaves changes of hidden fields out of the timeline', async () => {
    const contact = await newContact('Timeline');
    await call(admin(), 'PATCH', `/contacts/${contact.id}`, { customFields: { salary: 1, hobby: 'go' } });
    await call(admin(), 'PATCH', `/contacts/${contact.id}`, { customFields: { salary: 2 } });
    const changes = async (token: string) => {
      const timeline = await call<{ items: TimelineEvent[] }>(
        token,
        'GET',
        `/contacts/${contact.id}/timeline`,
      );
      return timeline.body.items
        .filter((e) => e.kind === 'field_changed')
        .map((e) => (e.data.changes ?? []).map((c) => c.field));
    };
    expect(await changes(admin())).toEqual([
      ['customFields.salary'],
      ['customFields.hobby', 'customFields.salary'],
    ]);
    expect(await changes(agent())).toEqual([['customFields.hobby']]);
  });
});
