import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

interface Tag {
  id: string;
  name: string;
  color: string | null;
}
interface Assignment {
  tagId: string;
  recordType: string;
  changed: number;
  unchanged: number;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);

async function createTag(name: string, token = a.users.admin.token): Promise<Tag> {
  const res = await call<Tag>(token, 'POST', '/tags', { name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
async function createContact(token: string, firstName: string): Promise<string> {
  const res = await call<{ id: string }>(token, 'POST', '/contacts', { firstName });
  expect(res.status).toBe(201);
  return res.body.id;
}
const assignmentsOf = (tenantId: string, tagId: string) =>
  h.t.db.withTenant(tenantId, (db) =>
    db.recordTag.findMany({ where: { tagId }, select: { recordType: true, recordId: true } }),
  );

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('tags', () => {
  it('creates, lists, renames and deletes tags', async () => {
    const vip = await createTag('VIP');
    await createTag('Churn risk');
    const list = await call<{ items: Tag[]; nextCursor: string | null }>(
      a.users.viewer.token,
      'GET',
      '/tags',
    );
    expect(list.body.items.map((t) => t.name)).toEqual(['Churn risk', 'VIP']);
    const renamed = await call<Tag>(a.users.admin.token, 'PATCH', `/tags/${vip.id}`, {
      name: 'Key client',
      color: '#ff8800',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: vip.id, name: 'Key client', color: '#ff8800' });
    const searched = await call<{ items: Tag[] }>(a.users.admin.token, 'GET', '/tags?search=key');
    expect(searched.body.items.map((t) => t.id)).toEqual([vip.id]);
    expect((await call(a.users.admin.token, 'DELETE', `/tags/${vip.id}`)).status).toBe(200);
    expect((await call(a.users.admin.token, 'PATCH', `/tags/${vip.id}`, { name: 'Back' })).status).toBe(404);
  });

  it('keeps names unique ignoring case (409) and validates input by field', async () => {
    const first = await createTag('Partner');
    const dup = await call<ErrorBody>(a.users.admin.token, 'POST', '/tags', { name: 'PARTNER' });
    expect(dup.status).toBe(409);
    expect(fieldsOf(dup.body)).toEqual(['name']);
    const other = await createTag('Reseller');
    const rename = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/tags/${other.id}`, {
      name: 'partner',
    });
    expect(rename.status).toBe(409);
    const bad = await call<ErrorBody>(a.users.admin.token, 'POST', '/tags', {
      name: ' ',
      color: 'red',
      tenantId: b.tenantId,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['name', 'color']));
    expect((await call(a.users.admin.token, 'PATCH', `/tags/${first.id}`, { name: 'Partner' })).status).toBe(
      200,
    );
  });

  it('follows the role grants: reps read, marketers create and update, only admins delete', async () => {
    expect((await call(a.users.sales_rep.token, 'POST', '/tags', { name: 'Rep tag' })).status).toBe(403);
    const tag = await createTag('Campaign 2026', a.users.marketer.token);
    expect(
      (await call(a.users.marketer.token, 'PATCH', `/tags/${tag.id}`, { color: '#00aa00' })).status,
    ).toBe(200);
    expect((await call(a.users.marketer.token, 'DELETE', `/tags/${tag.id}`)).status).toBe(403);
    expect((await call(a.users.sales_rep.token, 'GET', '/tags')).status).toBe(200);
  });

  it("answers 404 for another tenant's tag", async () => {
    const tag = await createTag('Secret tag');
    const other = b.users.admin.token;
    expect((await call(other, 'PATCH', `/tags/${tag.id}`, { name: 'Hacked' })).status).toBe(404);
    expect((await call(other, 'DELETE', `/tags/${tag.id}`)).status).toBe(404);
    const contact = await createContact(other, 'Beta contact');
    expect(
      (await call(other, 'POST', `/tags/${tag.id}/assign`, { recordType: 'contact', recordIds: [contact] }))
        .status,
    ).toBe(404);
    expect((await call<{ items: Tag[] }>(other, 'GET', '/tags')).body.items).toEqual([]);
  });
});

describe('tag assignment', () => {
  it('tags and untags records in bulk, idempotently, with an audit entry per record', async () => {
    const admin = a.users.admin.token;
    const tag = await createTag('Bulk');
    const c1 = await createContact(admin, 'One');
    const c2 = await createContact(admin, 'Two');
    const assigned = await call<Assignment>(admin, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [c1, c2, c1],
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toEqual({ tagId: tag.id, recordType: 'contact', changed: 2, unchanged: 0 });
    const again = await call<Assignment>(admin, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [c1],
    });
    expect(again.body).toMatchObject({ changed: 0, unchanged: 1 });
    const tagged = await call<{ items: { id: string }[] }>(admin, 'GET', `/contacts?tagId=${tag.id}`);
    expect(tagged.body.items.map((c) => c.id).sort()).toEqual([c1, c2].sort());
    const audit = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({ where: { action: 'contact.tagged' }, select: { recordId: true, after: true } }),
    );
    expect(audit.map((e) => e.recordId).sort()).toEqual([c1, c2].sort());
    expect(audit[0]?.after).toEqual({ tagId: tag.id, tagName: 'Bulk' });
    const removed = await call<Assignment>(admin, 'POST', `/tags/${tag.id}/unassign`, {
      recordType: 'contact',
      recordIds: [c1],
    });
    expect(removed.body).toMatchObject({ changed: 1, unchanged: 0 });
    expect(await assignmentsOf(a.tenantId, tag.id)).toEqual([{ recordType: 'contact', recordId: c2 }]);
  });

  it('writes nothing when any record is missing, foreign, deleted or of the wrong type', async () => {
    const admin = a.users.admin.token;
    const tag = await createTag('All or nothing');
    const ok = await createContact(admin, 'Fine');
    const deleted = await createContact(admin, 'Gone');
    await call(admin, 'DELETE', `/contacts/${deleted}`);
    const foreign = await createContact(b.users.admin.token, 'Foreign');
    const deal = await call<{ id: string }>(admin, 'POST', '/deals', { title: 'A deal, not a contact' });
    const res = await call<ErrorBody>(admin, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [ok, foreign, deleted, newId(), deal.body.id],
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['recordIds.1', 'recordIds.2', 'recordIds.3', 'recordIds.4']);
    expect(await assignmentsOf(a.tenantId, tag.id)).toEqual([]);
    const events = await h.t.db.withTenant(a.tenantId, (db) =>
      db.outbox.count({ where: { topic: 'tag.assigned', recordId: ok } }),
    );
    expect(events).toBe(0);
  });

  it('needs update rights on every record: a rep may tag own records only', async () => {
    const tag = await createTag('Rep scope');
    const own = await createContact(a.users.sales_rep.token, 'Rep own');
    const notOwn = await createContact(a.users.admin.token, 'Admin own');
    const rep = a.users.sales_rep.token;
    const mixed = await call<ErrorBody>(rep, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [own, notOwn],
    });
    expect(mixed.status).toBe(400);
    expect(fieldsOf(mixed.body)).toEqual(['recordIds.1']);
    expect(await assignmentsOf(a.tenantId, tag.id)).toEqual([]);
    const mine = await call<Assignment>(rep, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [own],
    });
    expect(mine.body.changed).toBe(1);
    const viewer = await call(a.users.viewer.token, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'contact',
      recordIds: [own],
    });
    expect(viewer.status).toBe(403);
  });

  it('tags deals and accounts too, and deleting a tag removes its assignments', async () => {
    const admin = a.users.admin.token;
    const tag = await createTag('Cross type');
    const deal = await call<{ id: string }>(admin, 'POST', '/deals', { title: 'Tagged deal' });
    const accountId = newId();
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.account.create({
        data: { tenantId: a.tenantId, id: accountId, name: 'Tagged account', ownerId: a.users.admin.userId },
        select: { id: true },
      }),
    );
    expect(
      (
        await call<Assignment>(admin, 'POST', `/tags/${tag.id}/assign`, {
          recordType: 'deal',
          recordIds: [deal.body.id],
        })
      ).body.changed,
    ).toBe(1);
    expect(
      (
        await call<Assignment>(admin, 'POST', `/tags/${tag.id}/assign`, {
          recordType: 'account',
          recordIds: [accountId],
        })
      ).body.changed,
    ).toBe(1);
    const bad = await call<ErrorBody>(admin, 'POST', `/tags/${tag.id}/assign`, {
      recordType: 'activity',
      recordIds: [],
    });
    expect(fieldsOf(bad.body).sort()).toEqual(['recordIds', 'recordType']);
    expect(await assignmentsOf(a.tenantId, tag.id)).toHaveLength(2);
    expect((await call(admin, 'DELETE', `/tags/${tag.id}`)).status).toBe(200);
    expect(await assignmentsOf(a.tenantId, tag.id)).toEqual([]);
  });
});
