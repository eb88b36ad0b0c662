import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session, signUp, type SignedUp } from './support/auth-helpers.js';
import { restClient } from './support/rest-call.js';
import { bearer, createTestApp, type TestApp } from './support/test-app.js';

// One walk through the product over HTTP, the way a new workspace starts using it. `pnpm test` runs it on
// PostgreSQL and again on embedded PGlite (TEST_DB=pglite), the runtime of `pnpm start`. The steps build
// on each other, so they run in order and share the ids below.

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Stage {
  id: string;
  name: string;
  kind: string;
}
interface Pipeline {
  id: string;
  isDefault: boolean;
  stages: Stage[];
}
interface Deal {
  id: string;
  title: string;
  amount: string | null;
  pipelineId: string;
  stageId: string;
  status: string;
  accountId: string | null;
  contacts: { contactId: string; role: string | null }[];
  version: number;
}
interface TimelineEvent {
  kind: string;
  actorUserId: string | null;
  data: Record<string, unknown>;
}

let h: TestApp;
let owner: SignedUp;
let apiKey: string;
const ids: Record<'account' | 'contact' | 'otherContact' | 'deal' | 'activity', string> = {
  account: '',
  contact: '',
  otherContact: '',
  deal: '',
  activity: '',
};
let stages: Stage[] = [];
const { call, create } = restClient(() => h);

beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

describe(`smoke (${process.env.TEST_DB === 'pglite' ? 'PGlite' : 'PostgreSQL'})`, () => {
  it('signs up a workspace with a session cookie', async () => {
    owner = await signUp(h, { workspaceName: 'Smoke Ltd', name: 'Sam Smoke' });
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session(owner.token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { id: owner.userId, email: owner.email },
      tenant: { id: owner.tenantId, name: 'Smoke Ltd' },
      roleKey: 'admin',
    });
  });

  it('creates an API key in the session; the key works as a bearer token', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: session(owner.token),
      payload: { name: 'Smoke key' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const key = res.json<{ name: string; token: string }>();
    expect(key.name).toBe('Smoke key');
    expect(key.token).toMatch(/^crm_key_/);
    apiKey = key.token;
    const listed = await call<Page<{ name: string }>>(apiKey, 'GET', '/api-keys');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((k) => k.name)).toEqual(['Smoke key']);
  });

  it('creates an account and a contact linked to it', async () => {
    const account = await create<{ id: string; name: string; ownerId: string | null }>(apiKey, '/accounts', {
      name: 'Northwind Traders',
      industry: 'Logistics',
    });
    expect(account).toMatchObject({ name: 'Northwind Traders', ownerId: owner.userId });
    ids.account = account.id;
    const contact = await create<{ id: string; fullName: string | null; accounts: unknown[] }>(
      apiKey,
      '/contacts',
      {
        firstName: 'Nancy',
        lastName: 'Davolio',
        emails: ['nancy@northwind.test'],
        accounts: [{ accountId: ids.account, role: 'Buyer', isPrimary: true }],
      },
    );
    expect(contact.accounts).toEqual([{ accountId: ids.account, role: 'Buyer', isPrimary: true }]);
    ids.contact = contact.id;
    const linked = await call<Page<{ id: string; role: string | null; isPrimary: boolean }>>(
      apiKey,
      'GET',
      `/accounts/${ids.account}/contacts`,
    );
    expect(linked.status).toBe(200);
    expect(linked.body.items).toEqual([
      expect.objectContaining({ id: ids.contact, role: 'Buyer', isPrimary: true }),
    ]);
    // The point read is a prepared statement: the second read reuses it by name on the same connection.
    for (let read = 1; read <= 2; read += 1) {
      const answer = await call<{ id: string; accounts: unknown[] }>(
        apiKey,
        'GET',
        `/contacts/${ids.contact}`,
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id: ids.contact,
        accounts: [{ accountId: ids.account, role: 'Buyer', isPrimary: true }],
      });
    }
  });

  it('creates a deal in the default pipeline and moves it to the next stage', async () => {
    const pipelines = await call<Page<Pipeline>>(apiKey, 'GET', '/pipelines');
    expect(pipelines.status).toBe(200);
    const pipeline = pipelines.body.items.find((p) => p.isDefault);
    stages = pipeline?.stages ?? [];
    expect(stages.length).toBeGreaterThan(1);
    const deal = await create<Deal>(apiKey, '/deals', {
      title: 'Northwind fleet renewal',
      amount: '125000.50',
      accountId: ids.account,
      contacts: [{ contactId: ids.contact, role: 'Buyer' }],
    });
    expect(deal).toMatchObject({
      pipelineId: pipeline?.id,
      stageId: stages[0]?.id,
      status: 'open',
      amount: '125000.50',
      accountId: ids.account,
      contacts: [{ contactId: ids.contact, role: 'Buyer' }],
      version: 1,
    });
    ids.deal = deal.id;
    const moved = await call<Deal>(apiKey, 'PATCH', `/deals/${ids.deal}`, {
      expectedVersion: 1,
      stageId: stages[1]?.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ stageId: stages[1]?.id, status: 'open', version: 2 });
  });

  it('logs an activity and reads the deal timeline', async () => {
    const activity = await create<{ id: string; dealId: string | null; done: boolean }>(
      apiKey,
      '/activities',
      {
        type: 'call',
        subject: 'Kick-off call',
        occurredAt: new Date().toISOString(),
        done: true,
        dealId: ids.deal,
        contactId: ids.contact,
      },
    );
    expect(activity).toMatchObject({ dealId: ids.deal, done: true });
    ids.activity = activity.id;
    const timeline = await call<Page<TimelineEvent>>(apiKey, 'GET', `/deals/${ids.deal}/timeline`);
    expect(timeline.status).toBe(200);
    const kinds = timeline.body.items.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['activity', 'stage_moved', 'created']));
    const move = timeline.body.items.find((e) => e.kind === 'stage_moved');
    expect(move?.data).toMatchObject({ fromStageName: stages[0]?.name, toStageName: stages[1]?.name });
    expect(move?.actorUserId).toBe(owner.userId);
    const logged = timeline.body.items.find((e) => e.kind === 'activity');
    expect(logged?.data).toMatchObject({ activity: { id: ids.activity, subject: 'Kick-off call' } });
  });

  it('finds the records by search', async () => {
    const found = await call<{ items: { type: string; id: string }[] }>(apiKey, 'GET', '/search?q=Northwind');
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'account', id: ids.account }),
        expect.objectContaining({ type: 'deal', id: ids.deal }),
      ]),
    );
    const byName = await call<{ items: { type: string; id: string }[] }>(apiKey, 'GET', '/search?q=Davolio');
    expect(byName.body.items[0]).toMatchObject({ type: 'contact', id: ids.contact });
  });

  it('lists contacts page by page with the cursor', async () => {
    ids.otherContact = (
      await create<{ id: string }>(apiKey, '/contacts', { firstName: 'Andrew', lastName: 'Fuller' })
    ).id;
    const first = await call<Page<{ id: string }>>(apiKey, 'GET', '/contacts?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await call<Page<{ id: string }>>(
      apiKey,
      'GET',
      `/contacts?limit=1&cursor=${encodeURIComponent(first.body.nextCursor ?? '')}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((c) => c.id).sort()).toEqual(
      [ids.contact, ids.otherContact].sort(),
    );
  });

  it('exports contacts as CSV', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts/export.csv',
      headers: bearer(apiKey),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(res.body.replace(/^\uFEFF/, ''));
    expect(header?.slice(0, 3)).toEqual(['id', 'firstName', 'lastName']);
    expect(rows.map((row) => row[0]).sort()).toEqual([ids.contact, ids.otherContact].sort());
    expect(rows.find((row) => row[0] === ids.contact)?.slice(1, 3)).toEqual(['Nancy', 'Davolio']);
  });

  it('answers the health check', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
