import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDealsWorld, dealsClient, type Deal, type DealPage as Page } from './support/deal-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import type { TestApp, TestTenant } from './support/test-app.js';

// Deals: create, read, update (with stage moves and closing), delete and restore. List filters: deals-list.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let stages: Record<string, string>;
let accountId: string;
let contactId: string;
const { call } = restClient(() => h);
const { createDeal, patch } = dealsClient(() => ({ h, a }));

beforeAll(async () => {
  ({ h, a, b, stages, accountId, contactId } = await createDealsWorld());
});
afterAll(async () => h.close());

describe('deals CRUD', () => {
  it('creates a deal in the default pipeline, first open stage, tenant currency, owned by the actor', async () => {
    const deal = await createDeal({ title: 'Поставка чиллеров' }, a.users.sales_rep.token);
    expect(deal).toMatchObject({
      pipelineId: a.pipelineId,
      stageId: stages.Qualification,
      status: 'open',
      currency: 'RUB',
      amount: null,
      ownerId: a.users.sales_rep.userId,
      closedAt: null,
      lostReason: null,
      version: 1,
    });
  });

  it('stores every field; amounts as strings or numbers come back as exact decimal strings', async () => {
    const deal = await createDeal({
      title: 'HVAC design',
      amount: '150000.00',
      currency: 'usd',
      stageId: stages.Proposal,
      expectedCloseDate: '2026-03-31',
      accountId,
      contacts: [{ contactId, role: 'ЛПР' }],
    });
    expect(deal).toMatchObject({
      amount: '150000.00',
      currency: 'USD',
      pipelineId: a.pipelineId,
      stageId: stages.Proposal,
      expectedCloseDate: '2026-03-31',
      accountId,
      contacts: [{ contactId, role: 'ЛПР' }],
    });
    expect((await createDeal({ title: 'Number', amount: 99.5 })).amount).toBe('99.50');
    const got = await call<Deal>(a.users.admin.token, 'GET', `/deals/${deal.id}`);
    expect(got.body).toEqual(deal);
  });

  it('names every invalid field and writes nothing', async () => {
    const other = await call<{ stages: { id: string }[] }>(
      b.users.admin.token,
      'GET',
      `/pipelines/${b.pipelineId}`,
    );
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/deals', {
      title: '',
      amount: '12.345',
      currency: 'XYZ',
      expectedCloseDate: '2026-13-01',
      tenantId: b.tenantId,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining(['title', 'amount', 'currency', 'expectedCloseDate']),
    );
    const refs = [
      [{ title: 'x', accountId: newId() }, 'accountId'],
      [{ title: 'x', contacts: [{ contactId }, { contactId: newId() }] }, 'contacts.1.contactId'],
      [{ title: 'x', stageId: other.body.stages[0]?.id }, 'stageId'],
      [{ title: 'x', pipelineId: a.pipelineId, stageId: newId() }, 'stageId'],
      [{ title: 'x', amount: -5 }, 'amount'],
    ] as const;
    for (const [payload, field] of refs) {
      const refused = await call<ErrorBody>(a.users.admin.token, 'POST', '/deals', payload);
      expect(refused.status, field).toBe(400);
      expect(fieldsOf(refused.body)).toEqual([field]);
    }
    const count = await h.t.db.withTenant(a.tenantId, (db) => db.deal.count({ where: { title: 'x' } }));
    expect(count).toBe(0);
  });

  it('refuses a stage of another pipeline of the same tenant, naming stageId', async () => {
    const pipeline = await call<{ id: string; stages: { id: string }[] }>(
      a.users.admin.token,
      'POST',
      '/pipelines',
      {
        name: 'Service',
        stages: [{ name: 'New', probability: 20, kind: 'open' }],
      },
    );
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/deals', {
      title: 'Mixed',
      pipelineId: a.pipelineId,
      stageId: pipeline.body.stages[0]?.id,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['stageId']);
    const moved = await createDeal({ title: 'Service deal', pipelineId: pipeline.body.id });
    expect(moved.stageId).toBe(pipeline.body.stages[0]?.id);
  });

  it('updates with optimistic concurrency', async () => {
    const deal = await createDeal({ title: 'Versioned' });
    const ok = await patch(deal.id, { expectedVersion: 1, title: 'Versioned 2', amount: '10' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Versioned 2', amount: '10.00', version: 2 });
    const stale = await patch(deal.id, { expectedVersion: 1, title: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('deletes and restores', async () => {
    const deal = await createDeal({ title: 'Short lived' });
    expect((await call(a.users.admin.token, 'DELETE', `/deals/${deal.id}`)).status).toBe(200);
    expect((await call(a.users.admin.token, 'GET', `/deals/${deal.id}`)).status).toBe(404);
    const deleted = await call<Page>(a.users.admin.token, 'GET', '/deals?deleted=only');
    expect(deleted.body.items.map((d) => d.id)).toEqual([deal.id]);
    expect((await call(a.users.admin.token, 'POST', `/deals/${deal.id}/restore`)).status).toBe(200);
    expect((await call(a.users.admin.token, 'GET', `/deals/${deal.id}`)).status).toBe(200);
  });

  it("answers 404 for another tenant's deal and 400 for its references", async () => {
    const deal = await createDeal({ title: 'Secret' });
    const other = b.users.admin.token;
    expect((await call(other, 'GET', `/deals/${deal.id}`)).status).toBe(404);
    expect((await call(other, 'PATCH', `/deals/${deal.id}`, { title: 'Hacked' })).status).toBe(404);
    expect((await call(other, 'DELETE', `/deals/${deal.id}`)).status).toBe(404);
    expect((await call(other, 'POST', `/deals/${deal.id}/restore`)).status).toBe(404);
    const refs = await call<ErrorBody>(other, 'POST', '/deals', {
      title: 'Steal',
      accountId,
      contacts: [{ contactId }],
    });
    expect(refs.status).toBe(400);
    expect(fieldsOf(refs.body)).toEqual(['accountId']);
    const list = await call<Page>(other, 'GET', '/deals?limit=200');
    expect(list.body.items).toEqual([]);
  });

  it('scopes a sales rep to own deals and hides the amount from support', async () => {
    const mine = await createDeal({ title: 'Rep own', amount: '5' }, a.users.sales_rep.token);
    const others = await createDeal({ title: 'Not rep', amount: '7' });
    const list = await call<Page>(a.users.sales_rep.token, 'GET', '/deals?limit=200');
    expect(list.body.items.every((d) => d.ownerId === a.users.sales_rep.userId)).toBe(true);
    expect(list.body.items.map((d) => d.id)).toContain(mine.id);
    expect((await call(a.users.sales_rep.token, 'GET', `/deals/${others.id}`)).status).toBe(404);
    expect((await patch(others.id, { title: 'Mine now' }, a.users.sales_rep.token)).status).toBe(404);
    const support = await call<Deal>(a.users.support_agent.token, 'GET', `/deals/${others.id}`);
    expect(support.status).toBe(200);
    expect(support.body).not.toHaveProperty('amount');
  });
});

describe('stage moves', () => {
  it('moves a deal: stageChangedAt, outbox deal.stage_changed and audit deal.updated with stageId', async () => {
    const deal = await createDeal({ title: 'Mover', amount: '100' });
    const moved = await patch(deal.id, { stageId: stages.Proposal });
    expect(moved.status).toBe(200);
    expect(moved.body.stageId).toBe(stages.Proposal);
    expect(new Date(moved.body.stageChangedAt).getTime()).toBeGreaterThan(
      new Date(deal.stageChangedAt).getTime(),
    );
    const [events, audit] = await h.t.db.withTenant(a.tenantId, (db) =>
      Promise.all([
        db.outbox.findMany({
          where: { recordId: deal.id },
          orderBy: { id: 'asc' },
          select: { topic: true, payload: true },
        }),
        db.auditLog.findFirst({
          where: { recordId: deal.id, action: 'deal.updated' },
          select: { before: true, after: true },
        }),
      ]),
    );
    expect(events.map((e) => e.topic)).toEqual(['record.created', 'record.updated', 'deal.stage_changed']);
    expect(events[2]?.payload).toMatchObject({
      fromStageId: stages.Qualification,
      toStageId: stages.Proposal,
    });
    expect(audit?.before).toMatchObject({ stageId: stages.Qualification });
    expect(audit?.after).toMatchObject({ stageId: stages.Proposal });
    const titleOnly = await patch(deal.id, { title: 'Renamed mover' });
    expect(titleOnly.body.stageChangedAt).toBe(moved.body.stageChangedAt);
  });

  it('requires a lost reason to lose a deal, sets closedAt, and clears both when reopened', async () => {
    const deal = await createDeal({ title: 'Loser' });
    const missing = await patch(deal.id, { stageId: stages.Lost });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['lostReason']);
    const lost = await patch(deal.id, { stageId: stages.Lost, lostReason: 'Выбрали конкурента' });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', lostReason: 'Выбрали конкурента' });
    expect(lost.body.closedAt).not.toBeNull();
    const cleared = await patch(deal.id, { lostReason: null });
    expect(fieldsOf(cleared.body)).toEqual(['lostReason']);
    const reopened = await patch(deal.id, { stageId: stages.Negotiation });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, lostReason: null });
  });

  it('sets closedAt on winning, refuses a lost reason for a won deal, and keeps closedAt while the kind stays', async () => {
    const deal = await createDeal({ title: 'Winner' });
    const withReason = await patch(deal.id, { stageId: stages.Won, lostReason: 'n/a' });
    expect(withReason.status).toBe(400);
    expect(fieldsOf(withReason.body)).toEqual(['lostReason']);
    const won = await patch(deal.id, { stageId: stages.Won });
    expect(won.body.status).toBe('won');
    expect(won.body.closedAt).not.toBeNull();
    const retitled = await patch(deal.id, { title: 'Winner!' });
    expect(retitled.body.closedAt).toBe(won.body.closedAt);
    const created = await createDeal({ title: 'Born lost', stageId: stages.Lost, lostReason: 'Нет бюджета' });
    expect(created.closedAt).not.toBeNull();
  });
});
