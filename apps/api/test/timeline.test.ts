import { setTimeout as sleep } from 'node:timers/promises';
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

interface TimelineEvent {
  id: string;
  kind: string;
  at: string;
  actorUserId: string | null;
  data: Record<string, unknown>;
}
type Page<T> = { items: T[]; nextCursor: string | null };
type ErrorBody = { error: { code: string; details: { fields?: { field: string }[] } } };

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
type Client = ReturnType<typeof as>;

/** Every event of a timeline, read page by page with `limit`. */
async function readTimeline(client: Client, path: string, limit = 200): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const res = await client.get(`${path}?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<Page<TimelineEvent>>();
    events.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return events;
  }
  throw new Error('the timeline did not end');
}

/** Lets the clock move on, so that each step below has its own millisecond. */
const tick = () => sleep(5);

async function createDeal(
  tenant: TestTenant,
  accountId: string | null,
): Promise<{ id: string; stages: { id: string; name: string }[] }> {
  const id = newId();
  return h.t.db.withTenant(tenant.tenantId, async (db) => {
    const stages = await db.stage.findMany({
      where: { pipelineId: tenant.pipelineId },
      select: { id: true, name: true },
      orderBy: { position: 'asc' },
    });
    const stageId = stages[0]?.id ?? '';
    await db.deal.create({
      data: {
        tenantId: tenant.tenantId,
        id,
        title: 'Поставка',
        pipelineId: tenant.pipelineId,
        stageId,
        ownerId: tenant.users.admin.userId,
        accountId,
      },
    });
    return { id, stages };
  });
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('account timeline', () => {
  let accountId: string;
  let expectedKinds: string[];

  it('shows activities (its own and its deals), field changes, owner changes and lifecycle, newest first', async () => {
    const admin = as(a.users.admin.token);
    accountId = (await admin.post('/accounts', { name: 'ООО Север' })).json<{ id: string }>().id;
    const other = (await admin.post('/accounts', { name: 'ООО Юг' })).json<{ id: string }>().id;
    await admin.post('/activities', {
      type: 'call',
      subject: 'Давний звонок',
      occurredAt: '2020-01-15T09:00:00Z',
      accountId,
    });
    await tick();
    await admin.patch(`/accounts/${accountId}`, { name: 'АО Север', region: 'Мурманск' });
    await tick();
    await admin.patch(`/accounts/${accountId}`, { ownerId: a.users.sales_rep.userId });
    await tick();
    await admin.post('/activities', { type: 'meeting', subject: 'Встреча', accountId });
    await admin.post('/activities', { type: 'note', subject: 'Чужая заметка', accountId: other });
    await tick();
    const deal = await createDeal(a, accountId);
    await admin.post('/activities', { type: 'task', subject: 'Задача по сделке', dealId: deal.id });
    await tick();
    await admin.delete(`/accounts/${accountId}`);
    await tick();
    await admin.post(`/accounts/${accountId}/restore`);

    const events = await readTimeline(admin, `/accounts/${accountId}/timeline`);
    expectedKinds = [
      'restored',
      'deleted',
      'activity',
      'activity',
      'owner_changed',
      'field_changed',
      'created',
      'activity',
    ];
    expect(events.map((e) => e.kind)).toEqual(expectedKinds);
    const subjects = events
      .filter((e) => e.kind === 'activity')
      .map((e) => (e.data.activity as { subject: string }).subject);
    expect(subjects).toEqual(['Задача по сделке', 'Встреча', 'Давний звонок']);
    expect(events.find((e) => e.kind === 'field_changed')?.data.changes).toEqual([
      { field: 'name', before: 'ООО Север', after: 'АО Север' },
      { field: 'region', before: null, after: 'Мурманск' },
    ]);
    expect(events.find((e) => e.kind === 'owner_changed')).toMatchObject({
      actorUserId: a.users.admin.userId,
      data: { fromUserId: a.users.admin.userId, toUserId: a.users.sales_rep.userId },
    });
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it.each([1, 2, 3])(
    'pages with limit %i through the merged sources without gaps or repeats',
    async (limit) => {
      const admin = as(a.users.admin.token);
      const all = await readTimeline(admin, `/accounts/${accountId}/timeline`);
      const paged = await readTimeline(admin, `/accounts/${accountId}/timeline`, limit);
      expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    },
  );

  it("shows a sales rep the history of their account without others' activities or sensitive fields", async () => {
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.customFieldDefinition.create({
        data: {
          tenantId: a.tenantId,
          id: newId(),
          objectType: 'account',
          key: 'creditLimit',
          label: 'Credit limit',
          type: 'number',
          sensitive: true,
        },
      }),
    );
    const admin = as(a.users.admin.token);
    await tick();
    expect(
      (await admin.patch(`/accounts/${accountId}`, { customFields: { creditLimit: 1_000_000 } })).statusCode,
    ).toBe(200);
    const adminView = await readTimeline(admin, `/accounts/${accountId}/timeline`);
    expect(adminView[0]).toMatchObject({
      kind: 'field_changed',
      data: { changes: [{ field: 'customFields.creditLimit', before: null, after: 1_000_000 }] },
    });

    const repView = await readTimeline(as(a.users.sales_rep.token), `/accounts/${accountId}/timeline`);
    // The admin's activities are outside the rep's Activity scope; the sensitive change is left out.
    expect(repView.map((e) => e.kind)).toEqual(expectedKinds.filter((k) => k !== 'activity'));
    expect(JSON.stringify(repView)).not.toContain('creditLimit');
    for (const limit of [1, 2]) {
      const paged = await readTimeline(as(a.users.sales_rep.token), `/accounts/${accountId}/timeline`, limit);
      expect(paged.map((e) => e.id)).toEqual(repView.map((e) => e.id));
    }
  });

  it('answers 404 for a record the actor may not read, and 400 for a made-up cursor', async () => {
    const ownedByAdmin = (await as(a.users.admin.token).post('/accounts', { name: 'Admin only' })).json<{
      id: string;
    }>().id;
    expect((await as(a.users.sales_rep.token).get(`/accounts/${ownedByAdmin}/timeline`)).statusCode).toBe(
      404,
    );
    expect((await as(b.users.admin.token).get(`/accounts/${accountId}/timeline`)).statusCode).toBe(404);
    expect((await as(a.users.admin.token).get(`/accounts/${newId()}/timeline`)).statusCode).toBe(404);
    const bad = await as(a.users.admin.token).get(`/accounts/${accountId}/timeline?cursor=bm90LWEtY3Vyc29y`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details.fields?.map((f) => f.field)).toEqual(['cursor']);
  });
});

describe('contact and deal timelines', () => {
  it('shows a contact its activities and changes', async () => {
    const admin = as(a.users.admin.token);
    const contactId = (await admin.post('/contacts', { firstName: 'Мария' })).json<{ id: string }>().id;
    await tick();
    await admin.patch(`/contacts/${contactId}`, { position: 'Закупщик' });
    await tick();
    await admin.post('/activities', { type: 'email', subject: 'Письмо с КП', contactId, done: true });
    const events = await readTimeline(admin, `/contacts/${contactId}/timeline`);
    expect(events.map((e) => e.kind)).toEqual(['activity', 'field_changed', 'created']);
    expect((await as(b.users.admin.token).get(`/contacts/${contactId}/timeline`)).statusCode).toBe(404);
  });

  it('turns a stage change into a stage move, hiding fields the role may not see', async () => {
    const deal = await createDeal(a, null);
    const [from, to] = deal.stages;
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.create({
        data: {
          tenantId: a.tenantId,
          id: newId(),
          actorUserId: a.users.admin.userId,
          action: 'deal.updated',
          recordType: 'deal',
          recordId: deal.id,
          before: { stageId: from?.id, amount: '100.00' },
          after: { stageId: to?.id, amount: '150.00' },
        },
      }),
    );
    await as(a.users.admin.token).post('/activities', {
      type: 'call',
      subject: 'Созвон по сделке',
      dealId: deal.id,
    });

    const adminView = await readTimeline(as(a.users.admin.token), `/deals/${deal.id}/timeline`);
    expect(adminView.map((e) => e.kind)).toEqual(['activity', 'stage_moved']);
    expect(adminView[1]?.data).toEqual({
      fromStageId: from?.id,
      toStageId: to?.id,
      fromStageName: from?.name,
      toStageName: to?.name,
      changes: [{ field: 'amount', before: '100.00', after: '150.00' }],
    });
    // Support agents read all deals but not their amount (and only their own activities).
    const agentView = await readTimeline(as(a.users.support_agent.token), `/deals/${deal.id}/timeline`);
    expect(agentView.map((e) => [e.kind, e.data.changes])).toEqual([['stage_moved', []]]);
    expect((await as(b.users.admin.token).get(`/deals/${deal.id}/timeline`)).statusCode).toBe(404);
    expect((await as(a.users.sales_rep.token).get(`/deals/${deal.id}/timeline`)).statusCode).toBe(404);
  });
});
