import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';
import { followUp, type Page, type Version, type Workflow } from './support/workflow-fixtures.js';

// Workflow definitions: lifecycle, validation, templates and the OpenAPI description. Runs,
// inbound webhooks, approvals and notifications: workflow-runs.test.ts.

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
