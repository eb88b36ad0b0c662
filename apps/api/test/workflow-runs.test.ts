import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '@crm/core/testing';
import { createOutboxRelay, type OutboxRelay, type TemporalClient } from '@crm/core/workflow-engine';
import { workflows } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/http/mailer.js';
import { createOutboxDispatcher } from '../src/workflow-runtime/outbox-dispatcher.js';
import { restClient } from './support/rest-call.js';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Through the API alone: a tenant admin publishes workflows, records change, runs fire on the real
// worker and dev server, e-mail goes out over SMTP (captured), and the run shows on the record.

interface Run {
  id: string;
  status: string;
  currentStepId: string | null;
  waitingFor: Record<string, unknown> | null;
  steps: { stepId: string; status: string }[];
}
interface Page<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let smtp: SmtpCapture;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let relay: OutboxRelay;
const taskQueue = testTaskQueue('api-workflows');
const { call, create } = restClient(() => h);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  const mailer = createMailer(smtp.url, 'CRM <no-reply@crm.test>', () => undefined);
  h = await createTestApp({ mailer });
  a = await createTestTenant(h, 'Runs');
  temporal = createTestTemporalClient();
  worker = await startTestWorker({
    database: h.t.db,
    taskQueue,
    // The worker adds core's own activities; these are the interpreter's, sending through the mailer.
    activities: workflows.createWorkflowActivities({
      database: h.t.db,
      sendMail: ({ to, subject, text }) => mailer.send({ to, subject, text }),
    }),
  });
  relay = createOutboxRelay({
    database: h.t.db,
    dispatch: createOutboxDispatcher({ database: h.t.db, temporal, taskQueue }),
    listenUrl: h.t.url,
    pollIntervalMs: 200,
  });
  relay.start();
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await temporal.close();
  await h.close();
  await smtp.close();
});

async function runsOn(token: string, recordId: string): Promise<Run[]> {
  return (await call<Page<Run>>(token, 'GET', `/workflow-runs?recordId=${recordId}`)).body.items;
}

describe('workflow runs through the API', () => {
  it('e-mails the owner over SMTP when a deal is created, and shows the run on the deal', async () => {
    const wf = await create<{ id: string }>(a.users.admin.token, '/workflows', {
      name: 'Welcome mail',
      definition: {
        trigger: {
          type: 'record.created',
          recordType: 'deal',
          condition: 'startsWith(record.title, "Mail")',
        },
        steps: [
          {
            id: 'mail',
            kind: 'sendEmail',
            to: [{ type: 'owner' }],
            subject: 'New deal {{ record.title }}',
            body: 'Amount {{ record.amount }}',
          },
          { id: 'ping', kind: 'notify', title: 'Mailed about {{ record.title }}' },
        ],
      },
    });
    await call(a.users.admin.token, 'POST', `/workflows/${wf.id}/publish`);
    const since = smtp.messages.length;
    const deal = await create<{ id: string }>(a.users.sales_rep.token, '/deals', {
      title: 'Mail me',
      amount: '1200.50',
    });
    const message = await smtp.waitFor(`sales_rep-${a.tenantId}@example.test`, since);
    expect(message.headers.subject).toBe('New deal Mail me');
    expect(message.text.trim()).toBe('Amount 1200.50');
    await expect
      .poll(async () => (await runsOn(a.users.sales_rep.token, deal.id))[0]?.status, { timeout: 20_000 })
      .toBe('completed');
    const [summary] = await runsOn(a.users.sales_rep.token, deal.id);
    const run = await call<Run>(a.users.sales_rep.token, 'GET', `/workflow-runs/${summary?.id ?? ''}`);
    expect(run.body.steps.map((s) => [s.stepId, s.status])).toEqual([
      ['mail', 'completed'],
      ['ping', 'completed'],
    ]);
    const notes = await call<Page<{ title: string }>>(a.users.sales_rep.token, 'GET', '/notifications');
    expect(notes.body.items.map((n) => n.title)).toContain('Mailed about Mail me');
  });

  it('waits for an approval decided through the API, then follows it', async () => {
    const wf = await create<{ id: string }>(a.users.admin.token, '/workflows', {
      name: 'Approve by hand',
      definition: {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [
          { id: 'ok', kind: 'approval', role: 'sales_manager', title: 'Approve {{ record.title }}' },
          {
            id: 'mark',
            kind: 'updateFields',
            set: { title: { expression: 'record.title + " (" + steps.ok.decision + ")"' } },
          },
        ],
      },
    });
    await call(a.users.admin.token, 'POST', `/workflows/${wf.id}/publish`);
    const deal = await create<{ id: string }>(a.users.admin.token, '/deals', { title: 'Big order' });
    const started = await create<Run>(a.users.admin.token, `/workflows/${wf.id}/run`, { recordId: deal.id });
    await expect
      .poll(
        async () => (await call<Run>(a.users.admin.token, 'GET', `/workflow-runs/${started.id}`)).body.status,
        { timeout: 20_000 },
      )
      .toBe('waiting');
    const waiting = await call<Run>(a.users.admin.token, 'GET', `/workflow-runs/${started.id}`);
    expect(waiting.body).toMatchObject({
      currentStepId: 'ok',
      waitingFor: { kind: 'approval', role: 'sales_manager' },
    });
    const approvals = await call<Page<{ id: string; runId: string }>>(
      a.users.sales_manager.token,
      'GET',
      '/workflow-approvals',
    );
    const approval = approvals.body.items.find((item) => item.runId === started.id);
    expect(approval).toBeDefined();
    const decided = await call(
      a.users.sales_manager.token,
      'POST',
      `/workflow-approvals/${approval?.id ?? ''}/approve`,
      { comment: 'Fine' },
    );
    expect(decided.status).toBe(200);
    await expect
      .poll(
        async () => (await call<Run>(a.users.admin.token, 'GET', `/workflow-runs/${started.id}`)).body.status,
        { timeout: 20_000 },
      )
      .toBe('completed');
    const updated = await call<{ title: string }>(a.users.admin.token, 'GET', `/deals/${deal.id}`);
    expect(updated.body.title).toBe('Big order (approved)');
  });
});
