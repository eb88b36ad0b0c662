import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@crm/core';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let accountId: string;
let contactId: string;
let dealId: string;

interface Activity {
  id: string;
  type: string;
  subject: string;
  done: boolean;
  completedAt: string | null;
  dueAt: string | null;
  ownerId: string | null;
  accountId: string | null;
  contactId: string | null;
  dealId: string | null;
  version: number;
}
type Page<T> = { items: T[]; nextCursor: string | null };
type ErrorBody = { error: { code: string; details: { fields?: { field: string; message: string }[] } } };

function as(token: string) {
  const headers = bearer(token);
  return {
    get: (url: string) => h.app.inject({ method: 'GET', url: `/api/v1${url}`, headers }),
    post: (url: string, payload: object = {}) =>
      h.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload }),
    patch: (url: string, payload: object) =>
      h.app.inject({ method: 'PATCH', url: `/api/v1${url}`, headers, payload }),
    delete: (url: string) => h.app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers }),
  };
}
const fieldsOf = (body: ErrorBody) => (body.error.details.fields ?? []).map((f) => f.field);
const idsOf = (page: Page<Activity>) => page.items.map((x) => x.id);

/** A deal row made directly: the deals API is another domain's. */
async function createDeal(tenant: TestTenant, title: string): Promise<string> {
  const id = newId();
  await h.t.db.withTenant(tenant.tenantId, async (db) => {
    const stage = await db.stage.findFirstOrThrow({
      where: { pipelineId: tenant.pipelineId },
      select: { id: true },
    });
    await db.deal.create({
      data: {
        tenantId: tenant.tenantId,
        id,
        title,
        pipelineId: tenant.pipelineId,
        stageId: stage.id,
        ownerId: tenant.users.admin.userId,
      },
    });
  });
  return id;
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  const admin = as(a.users.admin.token);
  accountId = (await admin.post('/accounts', { name: 'ООО Вектор' })).json<{ id: string }>().id;
  contactId = (await admin.post('/contacts', { firstName: 'Пётр' })).json<{ id: string }>().id;
  dealId = await createDeal(a, 'Поставка');
});
afterAll(async () => h.close());

describe('REST activities', () => {
  it('logs a call, completes and reopens it, with optimistic concurrency, delete and restore', async () => {
    const admin = as(a.users.admin.token);
    const created = await admin.post('/activities', {
      type: 'call',
      subject: 'Звонок по КП',
      occurredAt: '2025-03-01T10:00:00+03:00',
      durationMinutes: 15,
      accountId,
      contactId,
      dealId,
    });
    expect(created.statusCode).toBe(201);
    const call = created.json<Activity>();
    expect(call).toMatchObject({
      done: false,
      completedAt: null,
      version: 1,
      ownerId: a.users.admin.userId,
      dealId,
    });

    const done = (
      await admin.patch(`/activities/${call.id}`, {
        expectedVersion: 1,
        done: true,
        outcome: 'Договорились о встрече',
      })
    ).json<Activity>();
    expect(done.done).toBe(true);
    expect(Date.now() - Date.parse(done.completedAt ?? '')).toBeLessThan(60_000);
    const unchanged = (
      await admin.patch(`/activities/${call.id}`, { done: true, subject: 'Звонок по КП (итог)' })
    ).json<Activity>();
    expect(unchanged.completedAt).toBe(done.completedAt);
    const reopened = (await admin.patch(`/activities/${call.id}`, { done: false })).json<Activity>();
    expect(reopened).toMatchObject({ done: false, completedAt: null, version: 4 });

    const stale = await admin.patch(`/activities/${call.id}`, { expectedVersion: 2, subject: 'Stale' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('CONFLICT');

    expect((await admin.delete(`/activities/${call.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/activities/${call.id}`)).statusCode).toBe(404);
    expect((await admin.post(`/activities/${call.id}/restore`)).statusCode).toBe(200);
    expect((await admin.get(`/activities/${call.id}`)).json<Activity>().subject).toBe('Звонок по КП (итог)');
  });

  it('creates a task already done with its completion time', async () => {
    const task = (
      await as(a.users.admin.token).post('/activities', {
        type: 'task',
        subject: 'Отправить счёт',
        done: true,
      })
    ).json<Activity>();
    expect(task.done).toBe(true);
    expect(task.completedAt).not.toBeNull();
  });

  it('names every invalid field and writes nothing', async () => {
    const admin = as(a.users.admin.token);
    const res = await admin.post('/activities', {
      type: 'fax',
      subject: '',
      dueAt: 'tomorrow',
      durationMinutes: -5,
      tenantId: b.tenantId,
    });
    expect(res.statusCode).toBe(400);
    const fields = fieldsOf(res.json<ErrorBody>());
    expect(fields).toEqual(expect.arrayContaining(['type', 'subject', 'dueAt', 'durationMinutes']));
    expect(fields.some((f) => f === 'tenantId' || f === '')).toBe(true);
  });

  it('refuses links to records that do not exist in the tenant, naming each field', async () => {
    const admin = as(a.users.admin.token);
    const missing = await admin.post('/activities', {
      type: 'note',
      subject: 'x',
      accountId: newId(),
      contactId: newId(),
      dealId: newId(),
    });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing.json<ErrorBody>())).toEqual(['accountId', 'contactId', 'dealId']);

    const foreignDeal = await createDeal(b, 'Beta deal');
    const foreignAccount = (await as(b.users.admin.token).post('/accounts', { name: 'Beta account' })).json<{
      id: string;
    }>().id;
    const foreign = await admin.post('/activities', {
      type: 'note',
      subject: 'x',
      accountId: foreignAccount,
      dealId: foreignDeal,
    });
    expect(fieldsOf(foreign.json<ErrorBody>())).toEqual(['accountId', 'dealId']);

    const note = (await admin.post('/activities', { type: 'note', subject: 'Заметка' })).json<Activity>();
    const relink = await admin.patch(`/activities/${note.id}`, { contactId: newId() });
    expect(fieldsOf(relink.json<ErrorBody>())).toEqual(['contactId']);
    expect(
      (await admin.patch(`/activities/${note.id}`, { contactId, dealId })).json<Activity>(),
    ).toMatchObject({ contactId, dealId });
  });

  it("answers 404 for another tenant's activity", async () => {
    const { id } = (
      await as(a.users.admin.token).post('/activities', { type: 'task', subject: 'Alpha task' })
    ).json<Activity>();
    const intruder = as(b.users.admin.token);
    expect((await intruder.get(`/activities/${id}`)).statusCode).toBe(404);
    expect((await intruder.patch(`/activities/${id}`, { subject: 'Hacked' })).statusCode).toBe(404);
    expect((await intruder.delete(`/activities/${id}`)).statusCode).toBe(404);
    expect(idsOf((await intruder.get('/activities?limit=200')).json<Page<Activity>>())).not.toContain(id);
  });

  it('lets a sales rep see and change only own activities; a marketer reads all but changes none', async () => {
    const rep = as(a.users.sales_rep.token);
    const mine = (
      await rep.post('/activities', { type: 'meeting', subject: 'Rep meeting' })
    ).json<Activity>();
    const other = (
      await as(a.users.admin.token).post('/activities', { type: 'meeting', subject: 'Admin meeting' })
    ).json<Activity>();
    const seen = (await rep.get('/activities?limit=200')).json<Page<Activity>>().items;
    expect(seen.map((x) => x.subject)).toEqual(['Rep meeting']);
    expect((await rep.get(`/activities/${other.id}`)).statusCode).toBe(404);
    expect((await rep.patch(`/activities/${other.id}`, { done: true })).statusCode).toBe(404);
    expect((await rep.patch(`/activities/${mine.id}`, { ownerId: a.users.admin.userId })).statusCode).toBe(
      403,
    );
    expect((await rep.delete(`/activities/${mine.id}`)).statusCode).toBe(200);

    const marketer = as(a.users.marketer.token);
    expect((await marketer.get(`/activities/${other.id}`)).statusCode).toBe(200);
    expect((await marketer.patch(`/activities/${other.id}`, { done: true })).statusCode).toBe(403);
  });

  it("lets a sales manager see and reassign their team's activities, not others'", async () => {
    const tenant = await createTestTenant(h, 'Teams');
    const { tenantId, users } = tenant;
    await h.t.db.withTenant(tenantId, async (db) => {
      const teamId = newId();
      await db.team.create({ data: { tenantId, id: teamId, name: 'Север' } });
      await db.teamMember.createMany({
        data: [
          { tenantId, teamId, userId: users.sales_manager.userId, isManager: true },
          { tenantId, teamId, userId: users.sales_rep.userId },
        ],
      });
    });
    const repTask = (
      await as(users.sales_rep.token).post('/activities', { type: 'task', subject: 'Rep task' })
    ).json<Activity>();
    const adminTask = (
      await as(users.admin.token).post('/activities', { type: 'task', subject: 'Admin task' })
    ).json<Activity>();
    const manager = as(users.sales_manager.token);
    expect((await manager.get('/activities')).json<Page<Activity>>().items.map((x) => x.subject)).toEqual([
      'Rep task',
    ]);
    expect((await manager.get(`/activities/${adminTask.id}`)).statusCode).toBe(404);
    const reassigned = await manager.patch(`/activities/${repTask.id}`, {
      ownerId: users.sales_manager.userId,
    });
    expect(reassigned.json<Activity>().ownerId).toBe(users.sales_manager.userId);
  });

  it('filters by type, done, links, due window and overdue; rejects unknown filters by name', async () => {
    const tenant = await createTestTenant(h, 'Filters');
    const admin = as(tenant.users.admin.token);
    const account = (await admin.post('/accounts', { name: 'Filter Co' })).json<{ id: string }>().id;
    const hour = 3_600_000;
    const at = (offsetHours: number) => new Date(Date.now() + offsetHours * hour).toISOString();
    const make = async (payload: object) => (await admin.post('/activities', payload)).json<Activity>().id;
    const overdue = await make({ type: 'task', subject: 'Overdue', dueAt: at(-48), accountId: account });
    const doneLate = await make({ type: 'task', subject: 'Done late', dueAt: at(-24), done: true });
    const soon = await make({ type: 'call', subject: 'Soon', dueAt: at(2), accountId: account });
    const undated = await make({ type: 'note', subject: 'Undated' });
    const list = async (query: string) =>
      idsOf((await admin.get(`/activities?limit=200&${query}`)).json<Page<Activity>>()).sort();

    expect(await list('type=call')).toEqual([soon]);
    expect(await list('done=true')).toEqual([doneLate]);
    expect(await list(`accountId=${account}`)).toEqual([overdue, soon].sort());
    expect(await list('overdue=true')).toEqual([overdue]);
    expect(await list('overdue=false')).toEqual([doneLate, soon, undated].sort());
    expect(
      await list(`dueAfter=${encodeURIComponent(at(-30))}&dueBefore=${encodeURIComponent(at(1))}`),
    ).toEqual([doneLate]);
    for (const [query, field] of [
      ['done=maybe', 'done'],
      ['colour=red', 'colour'],
      ['cf.budget=1', 'cf.budget'],
    ]) {
      const bad = await admin.get(`/activities?${query}`);
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad.json<ErrorBody>())).toEqual([field]);
    }

    const byDue = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Activity> = (
          await admin.get(`/activities?limit=1&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`)
        ).json<Page<Activity>>();
        seen.push(...idsOf(page));
        cursor = page.nextCursor;
      } while (cursor && seen.length < 10);
      return seen;
    };
    expect(await byDue('dueAt')).toEqual([overdue, doneLate, soon, undated]);
    expect(await byDue('-dueAt')).toEqual([soon, doneLate, overdue, undated]);
  });
});
