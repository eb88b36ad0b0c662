import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

interface Version {
  version: number;
  publishedAt: string | null;
  status: string;
  hash: string;
  triggerType: string;
  definition: { steps: unknown[] };
}
interface Workflow {
  id: string;
  runCount?: number;
  lastPublishedAt?: string | null;
  name: string;
  status: string;
  latestVersion: number;
  publishedVersion: number | null;
  templateId: string | null;
  latest: Version;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

const followUp = (subject = 'Call {{ record.title }}') => ({
  trigger: { type: 'record.created', recordType: 'deal' },
  steps: [
    { id: 'call', kind: 'createTask', subject, dueInDays: 1 },
    {
      id: 'check',
      kind: 'condition',
      if: 'record.amount > 1000',
      then: [{ id: 'tell', kind: 'notify', title: 'Big one' }],
    },
  ],
});

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('workflow lifecycle', () => {
  it('creates a draft, edits it in place, publishes, versions on edit, archives', async () => {
    const created = await create<Workflow>(admin(), '/workflows', {
      name: 'Follow-up',
      definition: followUp(),
    });
    expect(created).toMatchObject({ status: 'draft', latestVersion: 1, publishedVersion: null });
    expect(created.latest).toMatchObject({ version: 1, status: 'draft', triggerType: 'record.created' });

    const edited = await call<Workflow>(admin(), 'PATCH', `/workflows/${created.id}`, {
      definition: followUp('Ring {{ record.title }}'),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.latest.version).toBe(1);
    expect(edited.body.latest.hash).not.toBe(created.latest.hash);

    const published = await call<Workflow>(admin(), 'POST', `/workflows/${created.id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect(published.body.latest).toMatchObject({
      version: 1,
      status: 'published',
      hash: edited.body.latest.hash,
    });
    expect((await call<ErrorBody>(admin(), 'POST', `/workflows/${created.id}/publish`)).status).toBe(409);

    const v2 = await call<Workflow>(admin(), 'PATCH', `/workflows/${created.id}`, {
      name: 'Follow-up v2',
      definition: followUp('Email {{ record.title }}'),
    });
    expect(v2.body).toMatchObject({ name: 'Follow-up v2', latestVersion: 2, publishedVersion: 1 });
    expect(v2.body.latest).toMatchObject({ version: 2, status: 'draft' });

    await call(admin(), 'POST', `/workflows/${created.id}/publish`);
    const versions = await call<{ items: Version[] }>(admin(), 'GET', `/workflows/${created.id}/versions`);
    expect(versions.body.items.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    // The published version is immutable: its stored definition is what was published.
    expect(JSON.stringify(versions.body.items[1]?.definition)).toContain('Ring {{ record.title }}');

    const archived = await call<Workflow>(admin(), 'POST', `/workflows/${created.id}/archive`);
    expect(archived.body).toMatchObject({ status: 'archived', publishedVersion: null });
    expect((await call(admin(), 'POST', `/workflows/${created.id}/archive`)).status).toBe(409);

    const list = await call<Page<Workflow & { triggerType: string }>>(
      admin(),
      'GET',
      '/workflows?status=archived',
    );
    expect(list.body.items.map((w) => w.id)).toContain(created.id);
    expect(list.body.items[0]).not.toHaveProperty('signingSecret');
    const summary = list.body.items.find((w) => w.id === created.id);
    expect(summary).toMatchObject({ runCount: 0, latestVersion: 2 });
    expect(versions.body.items[0]?.publishedAt).toBeTruthy();
    expect(summary?.lastPublishedAt).toBe(versions.body.items[0]?.publishedAt);
  });

  it('refuses an invalid definition with every error path, and writes nothing', async () => {
    const before = await call<Page<Workflow>>(admin(), 'GET', '/workflows?search=Broken');
    const res = await call<ErrorBody>(admin(), 'POST', '/workflows', {
      name: 'Broken',
      definition: {
        trigger: { type: 'record.updated', recordType: 'deal', changes: [{ field: 'nope' }] },
        steps: [
          { id: 'a', kind: 'createTask', subject: 'Hi {{ record..title }}' },
          { id: 'a', kind: 'delay', duration: { minutes: 0 } },
          {
            id: 'c',
            kind: 'condition',
            if: 'steps.zzz == 1',
            then: [{ id: 'd', kind: 'approval', title: 'x' }],
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual([
      'definition.trigger.changes.0.field',
      'definition.steps.0.subject',
      'definition.steps.1.id',
      'definition.steps.1.duration',
      'definition.steps.2.if',
      'definition.steps.2.then.0.role',
    ]);
    const after = await call<Page<Workflow>>(admin(), 'GET', '/workflows?search=Broken');
    expect(after.body.items).toEqual(before.body.items);
  });

  it('validates as a dry run, for a new definition or a workflow', async () => {
    const dry = await call<{ valid: boolean; errors: { path: string; message: string }[] }>(
      admin(),
      'POST',
      '/workflows/validate',
      {
        definition: { trigger: { type: 'schedule', cron: '0 9 * *', timeZone: 'Europe/Moscow' }, steps: [] },
      },
    );
    expect(dry.status).toBe(200);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.errors.map((e) => e.path)).toEqual(['steps']);

    const wf = await create<Workflow>(admin(), '/workflows', { name: 'To check', definition: followUp() });
    const ok = await call<{ valid: boolean }>(admin(), 'POST', `/workflows/${wf.id}/validate`, {});
    expect(ok.body).toEqual({ valid: true, errors: [] });
    const proposed = await call<{ errors: { path: string }[] }>(
      admin(),
      'POST',
      `/workflows/${wf.id}/validate`,
      {
        definition: {
          ...followUp(),
          trigger: { type: 'schedule', cron: '0 9 * * MON', timeZone: 'Nowhere/City' },
        },
      },
    );
    expect(proposed.body.errors.map((e) => e.path)).toEqual([
      'trigger.timeZone',
      'steps.0.subject',
      'steps.1.if',
    ]);
  });

  it("refuses another tenant's users and teams named in a definition", async () => {
    const res = await call<ErrorBody>(admin(), 'POST', '/workflows', {
      name: 'Foreign ids',
      definition: {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [
          { id: 'give', kind: 'assign', rule: { type: 'user', userId: b.users.admin.userId } },
          {
            id: 'tell',
            kind: 'notify',
            to: [{ type: 'user', userId: a.users.sales_rep.userId }],
            title: 'x',
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['definition.steps.0.rule.userId']);
  });

  it('lets only tenant admins manage workflows', async () => {
    for (const role of ['sales_manager', 'sales_rep', 'viewer'] as const) {
      const token = a.users[role].token;
      expect((await call(token, 'GET', '/workflows')).status).toBe(403);
      expect((await call(token, 'POST', '/workflows', { name: 'x', definition: followUp() })).status).toBe(
        403,
      );
      expect((await call(token, 'GET', '/workflow-templates')).status).toBe(403);
    }
  });
});

describe('workflow templates', () => {
  it('lists the built-in templates and installs each, published, in one call', async () => {
    const list = await call<{ items: { id: string; triggerType: string }[] }>(
      admin(),
      'GET',
      '/workflow-templates',
    );
    expect(list.body.items.map((t) => t.id)).toEqual([
      'new-deal-follow-up',
      'stale-deal-reminder',
      'won-deal-onboarding',
      'big-discount-approval',
      'overdue-task-escalation',
      'weekly-pipeline-digest',
    ]);
    for (const template of list.body.items) {
      const installed = await create<Workflow>(admin(), `/workflow-templates/${template.id}/install`, {
        publish: true,
      });
      expect(installed).toMatchObject({ status: 'published', templateId: template.id, publishedVersion: 1 });
      expect(installed.latest.triggerType).toBe(template.triggerType);
    }
    expect((await call(admin(), 'POST', '/workflow-templates/nope/install', {})).status).toBe(404);
  });
});

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

describe('OpenAPI', () => {
  it('describes the workflow endpoints and the definition language', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      '/workflows',
      '/workflows/{id}',
      '/workflows/{id}/publish',
      '/workflows/{id}/run',
      '/workflow-runs',
      '/workflow-runs/{id}',
      '/workflow-runs/{id}/cancel',
      '/workflow-templates',
      '/workflow-templates/{id}/install',
      '/notifications',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const text = JSON.stringify(doc);
    expect(text).toContain('waitForEvent');
    expect(text).toContain('escalations');
  });
});
