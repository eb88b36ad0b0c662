import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definer, type Contact, type Definition } from './support/custom-field-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Custom field values on contacts: validation on every write and sensitive fields. The definitions
// themselves: custom-fields.test.ts.

let h: TestApp;
let a: TestTenant;
const { call } = restClient(() => h);
const define = definer(() => ({ h, a }));

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  // Contact fields the tests below write besides their own.
  await define({
    objectType: 'contact',
    key: 'source',
    label: 'Source',
    type: 'select',
    options: ['web', 'phone'],
  });
  await define({ objectType: 'contact', key: 'score', label: 'Score', type: 'number' });
});
afterAll(async () => h.close());

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
