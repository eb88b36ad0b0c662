import { plugins, workflows } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { workflowStepTypes } from '../../src/routers/workflows/workflow-extensions.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let accountId: string;
const { call, create } = restClient(() => h);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Freight');
  b = await createTestTenant(h, 'Other');
  await plugins.enablePluginsAsTenantAdmin(h.t.db, a.tenantId, h.services.plugins);
  accountId = (await create<{ id: string }>(a.users.admin.token, '/accounts', { name: 'ТрансЛес' })).id;
});
afterAll(async () => h.close());

describe('logistics in the workflow language', () => {
  it('contributes step types the workflow validator knows, and templates that validate', () => {
    const kinds = workflowStepTypes.list().map((s) => s.kind);
    expect(kinds.filter((kind) => kind.startsWith('logistics.'))).toEqual([
      'logistics.releaseExpiredReservations',
      'logistics.renewDueContracts',
      'logistics.contractRenewalReminders',
      'logistics.planMidPeriodCheck',
    ]);
    const templates = installedPluginRegistry.templates.filter((t) => t.pluginId === 'logistics');
    expect(templates.length).toBeGreaterThanOrEqual(3);
    for (const template of templates) {
      const check = workflows.validateDefinition(template.definition, workflowStepTypes);
      expect(check.issues, template.id).toEqual([]);
    }
  });

  it('lists its step types with their input as JSON Schema only for tenants that have the plugin on', async () => {
    interface StepTypes {
      items: { kind: string; label: { en: string }; inputSchema: { type?: string } }[];
    }
    const list = await call<StepTypes>(a.users.admin.token, 'GET', '/workflow-step-types');
    expect(list.status).toBe(200);
    const sweep = list.body.items.find((s) => s.kind === 'logistics.releaseExpiredReservations');
    expect(sweep?.label.en).toBeTruthy();
    expect(sweep?.inputSchema.type).toBe('object');
    const other = await call<StepTypes>(b.users.admin.token, 'GET', '/workflow-step-types');
    expect(other.body.items.filter((s) => s.kind.startsWith('logistics.'))).toEqual([]);
  });

  it('lists and installs its templates only for tenants that have the plugin on', async () => {
    const list = await call<{ items: { id: string }[] }>(a.users.admin.token, 'GET', '/workflow-templates');
    expect(list.body.items.map((t) => t.id)).toContain('logistics.contractRenewalCountdown');
    const installed = await call(
      a.users.admin.token,
      'POST',
      '/workflow-templates/logistics.reservationSweep/install',
      {},
    );
    expect(installed.status).toBe(201);
    const other = await call<{ items: { id: string }[] }>(b.users.admin.token, 'GET', '/workflow-templates');
    expect(other.body.items.filter((t) => t.id.startsWith('logistics.'))).toEqual([]);
    const refused = await call(
      b.users.admin.token,
      'POST',
      '/workflow-templates/logistics.reservationSweep/install',
      {},
    );
    expect(refused.status).toBe(404);
  });

  it('runs its activities idempotently in the tenant: renewal tasks once per stage, lapsed contracts renewed', async () => {
    const token = a.users.admin.token;
    await create(token, '/logistics/contracts', {
      number: 'WF-1',
      accountId,
      kind: 'client',
      startsOn: day(-300),
      endsOn: day(50),
      noticeDays: 10,
    });
    await create(token, '/logistics/contracts', {
      number: 'WF-2',
      accountId,
      kind: 'client',
      startsOn: day(-400),
      endsOn: day(-2),
      autoRenew: true,
      renewalTermMonths: 12,
    });
    await create(token, '/logistics/contracts', {
      number: 'WF-3',
      accountId,
      kind: 'supplier',
      startsOn: day(-400),
      endsOn: day(-1),
    });
    const activities = installedPluginRegistry.activities({ database: h.t.db });
    const input = {
      tenantId: a.tenantId,
      runId: 'r',
      stepId: 's',
      recordType: null,
      recordId: null,
      input: {},
    };
    const run = (name: string) => {
      const activity = activities[name] as ((i: typeof input) => Promise<unknown>) | undefined;
      if (!activity) throw new Error(`no activity ${name}`);
      return activity(input);
    };
    expect(await run('logistics.renewDueContracts')).toEqual({ renewed: ['WF-2'], expired: ['WF-3'] });
    expect(await run('logistics.renewDueContracts')).toEqual({ renewed: [], expired: [] });
    const first = (await run('logistics.contractRenewalReminders')) as { created: number };
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(await run('logistics.contractRenewalReminders')).toEqual({ created: 0 });
    const tasks = await call<{ items: { subject: string }[] }>(
      token,
      'GET',
      `/activities?accountId=${accountId}`,
    );
    expect(tasks.body.items.map((t) => t.subject)).toContain(
      'WF-1: negotiate the renewal (60 days to the end)',
    );
    const renewed = await call<{ items: { number: string; endsOn: string; status: string }[] }>(
      token,
      'GET',
      `/logistics/contracts?accountId=${accountId}`,
    );
    const byNumber = new Map(renewed.body.items.map((c) => [c.number, c]));
    expect((byNumber.get('WF-2')?.endsOn ?? '') > day(0)).toBe(true);
    expect(byNumber.get('WF-3')?.status).toBe('expired');
  });
});
