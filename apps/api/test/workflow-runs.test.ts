import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';
import type { Page, Workflow } from './support/workflow-fixtures.js';

// Workflow runs through the API: manual runs and their visibility, the inbound webhook trigger,
// approvals and notifications. Definitions: workflows.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('manual runs, run visibility and cancellation', () => {
  it('starts a run on a record, shows it to those who see the record, cancels it', async () => {
    const wf = await create<Workflow>(admin(), '/workflows', {
      name: 'By hand',
      definition: {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [{ id: 'tell', kind: 'notify', title: 'Hi' }],
      },
    });
    const deal = await create<{ id: string }>(a.users.sales_rep.token, '/deals', { title: 'Rep deal' });
    expect(
      (await call(a.users.sales_rep.token, 'POST', `/workflows/${wf.id}/run`, { recordId: deal.id })).status,
    ).toBe(409);
    await call(admin(), 'POST', `/workflows/${wf.id}/publish`);

    const run = await create<{
      id: string;
      status: string;
      version: number;
      recordId: string;
      steps: unknown[];
    }>(a.users.sales_rep.token, `/workflows/${wf.id}/run`, { recordId: deal.id });
    expect(run).toMatchObject({ status: 'pending', version: 1, recordId: deal.id, steps: [] });
    const outbox = await h.t.db.withTenant(a.tenantId, (db) =>
      db.outbox.findMany({
        where: { topic: 'workflow.run_requested', recordId: deal.id },
        select: { payload: true },
      }),
    );
    expect(outbox).toHaveLength(1);
    const temporalId = await h.t.db.withTenant(a.tenantId, (db) =>
      db.workflowRun.findFirstOrThrow({
        where: { id: run.id },
        select: { temporalWorkflowId: true, triggerEventId: true },
      }),
    );
    expect(temporalId.temporalWorkflowId).toBe(`t:${a.tenantId}:wf:${wf.id}:${temporalId.triggerEventId}`);

    const forRep = await call<Page<{ id: string }>>(
      a.users.sales_rep.token,
      'GET',
      `/workflow-runs?recordId=${deal.id}`,
    );
    expect(forRep.body.items.map((r) => r.id)).toEqual([run.id]);
    const forSupport = await call<Page<{ id: string }>>(
      a.users.support_agent.token,
      'GET',
      `/workflow-runs?recordId=${deal.id}`,
    );
    expect(forSupport.body.items.map((r) => r.id)).toEqual([run.id]);
    expect((await call(a.users.sales_rep.token, 'GET', `/workflow-runs/${run.id}`)).status).toBe(200);
    expect((await call(a.users.sales_rep.token, 'GET', '/workflow-runs')).status).toBe(403);
    expect((await call(a.users.sales_rep.token, 'POST', `/workflow-runs/${run.id}/cancel`)).status).toBe(403);

    // Another rep's deal: its runs are invisible to this rep.
    const other = await create<{ id: string }>(admin(), '/deals', { title: 'Admin deal' });
    const adminRun = await create<{ id: string }>(admin(), `/workflows/${wf.id}/run`, { recordId: other.id });
    expect(
      (await call<Page<unknown>>(a.users.sales_rep.token, 'GET', `/workflow-runs?recordId=${other.id}`)).body
        .items,
    ).toEqual([]);
    expect((await call(a.users.sales_rep.token, 'GET', `/workflow-runs/${adminRun.id}`)).status).toBe(404);
    expect(
      (await call(a.users.sales_rep.token, 'POST', `/workflows/${wf.id}/run`, { recordId: other.id })).status,
    ).toBe(404);

    const cancelled = await call<{ status: string }>(admin(), 'POST', `/workflow-runs/${run.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await call(admin(), 'POST', `/workflow-runs/${run.id}/cancel`)).status).toBe(409);
  });
});

describe('inbound webhook trigger', () => {
  it('starts a run from a call carrying the secret token, and nothing with a wrong one', async () => {
    const wf = await create<Workflow>(admin(), '/workflows', {
      name: 'Hooked',
      definition: {
        trigger: { type: 'webhook', recordType: 'deal' },
        steps: [{ id: 'tell', kind: 'notify', title: 'Hook said {{ trigger.body.message }}' }],
      },
    });
    await call(admin(), 'POST', `/workflows/${wf.id}/publish`);
    const { token } = (await call<{ token: string }>(admin(), 'POST', `/workflows/${wf.id}/hook-token`)).body;
    const deal = await create<{ id: string }>(admin(), '/deals', { title: 'Hook deal' });

    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/hooks/workflows/${token}`,
      payload: { recordId: deal.id, message: 'hello' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { runId } = res.json<{ runId: string }>();
    const run = await call<{ triggerType: string; recordId: string }>(
      admin(),
      'GET',
      `/workflow-runs/${runId}`,
    );
    expect(run.body).toMatchObject({ triggerType: 'webhook', recordId: deal.id });

    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/v1/hooks/workflows/crm_hook_wrongtoken',
      payload: {},
    });
    expect(wrong.statusCode).toBe(404);
    const foreignRecord = await h.app.inject({
      method: 'POST',
      url: `/api/v1/hooks/workflows/${token}`,
      payload: { recordId: b.pipelineId },
    });
    expect(foreignRecord.statusCode).toBe(400);
  });
});

describe('approvals and notifications', () => {
  it('lets only holders of the role decide, once, with a comment to reject', async () => {
    const wf = await create<Workflow>(admin(), '/workflows', {
      name: 'Approve',
      definition: {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [{ id: 'ok', kind: 'approval', role: 'sales_manager', title: 'OK?' }],
      },
    });
    await call(admin(), 'POST', `/workflows/${wf.id}/publish`);
    const deal = await create<{ id: string }>(admin(), '/deals', { title: 'Needs approval' });
    const run = await create<{ id: string }>(admin(), `/workflows/${wf.id}/run`, { recordId: deal.id });
    // The interpreter's activity adds the approval; here it is added as it would.
    const approvalId = await h.t.db.withTenant(a.tenantId, async (db) => {
      const row = await db.workflowApproval.create({
        data: {
          tenantId: a.tenantId,
          id: crypto.randomUUID(),
          runId: run.id,
          stepId: 'ok',
          roleKey: 'sales_manager',
          title: 'OK?',
        },
        select: { id: true },
      });
      return row.id;
    });
    const mine = await call<Page<{ id: string }>>(a.users.sales_manager.token, 'GET', '/workflow-approvals');
    expect(mine.body.items.map((x) => x.id)).toEqual([approvalId]);
    expect(
      (await call<Page<unknown>>(a.users.sales_rep.token, 'GET', '/workflow-approvals')).body.items,
    ).toEqual([]);
    expect(
      (await call(a.users.sales_rep.token, 'POST', `/workflow-approvals/${approvalId}/approve`, {})).status,
    ).toBe(404);
    const noComment = await call<ErrorBody>(
      a.users.sales_manager.token,
      'POST',
      `/workflow-approvals/${approvalId}/reject`,
      {},
    );
    expect(fieldsOf(noComment.body)).toEqual(['comment']);
    const decided = await call<{ status: string; comment: string }>(
      a.users.sales_manager.token,
      'POST',
      `/workflow-approvals/${approvalId}/reject`,
      { comment: 'Too generous' },
    );
    expect(decided.body).toMatchObject({ status: 'rejected', comment: 'Too generous' });
    expect(
      (await call(a.users.sales_manager.token, 'POST', `/workflow-approvals/${approvalId}/approve`, {}))
        .status,
    ).toBe(409);
    const signal = await h.t.db.withTenant(a.tenantId, (db) =>
      db.outbox.findMany({
        where: { topic: 'workflow.approval_decided', recordId: run.id },
        select: { payload: true },
      }),
    );
    expect(signal.map((s) => s.payload)).toMatchObject([
      { decision: 'rejected', stepId: 'ok', comment: 'Too generous' },
    ]);
  });

  it('shows each user their own notifications and marks them read', async () => {
    const rep = a.users.sales_rep;
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.notification.createMany({
        data: [
          {
            tenantId: a.tenantId,
            id: crypto.randomUUID(),
            userId: rep.userId,
            title: 'For the rep',
            idempotencyKey: 'n1',
          },
          {
            tenantId: a.tenantId,
            id: crypto.randomUUID(),
            userId: a.users.admin.userId,
            title: 'For the admin',
            idempotencyKey: 'n2',
          },
        ],
      }),
    );
    const list = await call<Page<{ id: string; title: string }> & { unreadCount: number }>(
      rep.token,
      'GET',
      '/notifications?unread=true',
    );
    expect(list.body.items.map((n) => n.title)).toEqual(['For the rep']);
    expect(list.body.unreadCount).toBe(1);
    const [first] = list.body.items;
    const read = await call<{ readAt: string | null }>(
      rep.token,
      'POST',
      `/notifications/${first?.id ?? ''}/read`,
    );
    expect(read.body.readAt).not.toBeNull();
    expect((await call<{ unreadCount: number }>(rep.token, 'GET', '/notifications')).body.unreadCount).toBe(
      0,
    );
    const adminsOwn = await call<Page<{ id: string }>>(admin(), 'GET', '/notifications');
    expect(
      (await call(rep.token, 'POST', `/notifications/${adminsOwn.body.items[0]?.id ?? ''}/read`)).status,
    ).toBe(404);
    expect(
      (await call<{ updated: number }>(admin(), 'POST', '/notifications/read-all', {})).body.updated,
    ).toBe(1);
  });
});
