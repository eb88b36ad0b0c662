import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@crm/core';
import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import {
  createOutboxRelay,
  startNoopPerEvent,
  startWorkflowOnce,
  tenantWorkflowId,
  type ProbeResult,
} from '@crm/core/workflow-engine';
import {
  startCrmWorker,
  startOutboxRelay,
  type RunningWorker,
} from '../src/workflow-runtime/workflow-runtime.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// The production composition (apps/api/src/workflow-runtime): the CRM worker with every registered
// activity, and the relay with the registered dispatcher, fed by record writes through the REST API.
let h: TestApp;
let a: TestTenant;
let worker: RunningWorker;
const taskQueue = testTaskQueue('api-runtime');

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  const { address, namespace } = testTemporal();
  worker = await startCrmWorker({
    database: h.t.db,
    mailer: h.services.mailer,
    temporalAddress: address,
    namespace,
    taskQueue,
    logLevel: 'error',
    workflows: { workflowBundle: await testWorkflowBundle() },
  });
});
afterAll(async () => {
  await worker.stop();
  await h.close();
});

async function createContact(): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/contacts',
    headers: bearer(a.users.admin.token),
    payload: { firstName: 'Grace', lastName: 'Hopper' },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const eventsOf = (recordId: string) =>
  h.t.db.withTenant(a.tenantId, (db) =>
    db.outbox.findMany({
      where: { recordId },
      select: { id: true, topic: true, recordType: true, dispatchedAt: true },
    }),
  );

describe('workflow runtime behind the API', () => {
  it('starts a workflow for a contact created through REST (relay → Temporal → worker)', async () => {
    const relay = createOutboxRelay({
      database: h.t.db,
      dispatch: startNoopPerEvent(h.services.temporal.client, taskQueue),
      listenUrl: h.t.url,
    });
    relay.start();
    try {
      const contactId = await createContact();
      const [event] = await eventsOf(contactId);
      expect(event).toMatchObject({ topic: 'record.created', recordType: 'contact' });
      const handle = h.services.temporal.client.workflow.getHandle(
        tenantWorkflowId(a.tenantId, 'outbox', event?.id ?? ''),
      );
      await expect
        .poll(
          () =>
            handle.describe().then(
              (d) => d.status.name,
              () => 'absent',
            ),
          { timeout: 30_000 },
        )
        .toBe('COMPLETED');
    } finally {
      await relay.stop();
    }
  });

  it('runs the registered core activities on the production worker', async () => {
    const contactId = await createContact();
    const workflowId = tenantWorkflowId(a.tenantId, 'contact', contactId, 'probe');
    await startWorkflowOnce(h.services.temporal.client, {
      tenantId: a.tenantId,
      workflowId,
      workflowType: 'sleepThenProbeWorkflow',
      args: [
        {
          tenantId: a.tenantId,
          label: `api-${newId()}`,
          sleepMs: 100,
          record: { type: 'contact', id: contactId },
        },
      ],
      taskQueue,
    });
    const result = (await h.services.temporal.client.workflow.getHandle(workflowId).result()) as ProbeResult;
    expect(result.repeated).toBe(false);
  });

  it('marks every record event dispatched with the registered dispatcher', async () => {
    const { address, namespace } = testTemporal();
    const relay = startOutboxRelay({
      database: h.t.db,
      temporalAddress: address,
      namespace,
      taskQueue,
      listenUrl: h.t.url,
    });
    try {
      const contactId = await createContact();
      await expect
        .poll(async () => (await eventsOf(contactId))[0]?.dispatchedAt ?? null, { timeout: 30_000 })
        .not.toBeNull();
    } finally {
      await relay.stop();
    }
  });
});
