import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '@crm/core/testing';
import {
  createOutboxRelay,
  createActivityRegistry,
  type OutboxRelay,
  type TemporalClient,
} from '@crm/core/workflow-engine';
import { workflows } from '@crm/core';
import { afterAll, beforeAll, expect } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { createOutboxDispatcher } from '../../src/workflow-runtime/outbox-dispatcher.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

export interface Run {
  id: string;
  status: string;
  error: string | null;
  steps: { stepId: string; status: string; detail: unknown }[];
}
export interface Items<T> {
  items: T[];
}

/**
 * The telecom workflows end to end, for one test file: published through the API, run by a worker on
 * the Temporal dev server with the core's and the installed plugins' activities, started by the outbox
 * relay. Tenant "Телеком" has the telecom plugin on (no demo data). Call at the top of a test file: it
 * registers the hooks.
 */
export function telecomWorkflowHarness(name: string) {
  let h: TestApp | undefined;
  let a: TestTenant | undefined;
  let temporal: TemporalClient | undefined;
  let worker: RunningTestWorker | undefined;
  let relay: OutboxRelay | undefined;
  const taskQueue = testTaskQueue(name);
  const app = (): TestApp => {
    if (!h) throw new Error('the telecom workflow harness is used outside its tests');
    return h;
  };
  const tenant = (): TestTenant => {
    if (!a) throw new Error('the telecom workflow harness is used outside its tests');
    return a;
  };
  const rest = restClient(app);
  const { call, create } = rest;
  const admin = () => tenant().users.admin.token;

  beforeAll(async () => {
    const started = await createTestApp();
    h = started;
    a = await createTestTenant(started, 'Телеком');
    temporal = createTestTemporalClient();
    worker = await startTestWorker({
      database: started.t.db,
      taskQueue,
      activities: createActivityRegistry(
        workflows.createWorkflowActivities({ database: started.t.db, sendMail: () => Promise.resolve() }),
        installedPluginRegistry.activities({ database: started.t.db }),
      ),
    });
    relay = createOutboxRelay({
      database: started.t.db,
      dispatch: createOutboxDispatcher({ database: started.t.db, temporal, taskQueue }),
      listenUrl: started.t.url,
      pollIntervalMs: 200,
    });
    relay.start();
    expect(
      (await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } })).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await relay?.stop();
    await worker?.stop();
    await temporal?.close();
    await h?.close();
  });

  /** Creates and publishes a workflow; its id. */
  async function publish(workflowName: string, definition: object): Promise<string> {
    const wf = await create<{ id: string }>(admin(), '/workflows', { name: workflowName, definition });
    const published = await call(admin(), 'POST', `/workflows/${wf.id}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return wf.id;
  }

  async function runOn(workflowId: string, recordId: string): Promise<string> {
    return (await create<{ id: string }>(admin(), `/workflows/${workflowId}/run`, { recordId })).id;
  }

  /** The run once it completed or failed. */
  async function finished(runId: string, timeout = 40_000): Promise<Run> {
    await expect
      .poll(async () => (await call<Run>(admin(), 'GET', `/workflow-runs/${runId}`)).body.status, {
        timeout,
        interval: 300,
      })
      .toMatch(/completed|failed/);
    return (await call<Run>(admin(), 'GET', `/workflow-runs/${runId}`)).body;
  }

  return {
    get h() {
      return app();
    },
    get a() {
      return tenant();
    },
    rest,
    call,
    create,
    admin,
    publish,
    runOn,
    finished,
  };
}
