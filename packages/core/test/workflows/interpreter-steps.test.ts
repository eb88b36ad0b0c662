import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { createOutboxRelay, type OutboxRelay } from '../../src/workflow-engine/relay/outbox-relay.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { z } from 'zod';
import { createActivityRegistry, defineActivities } from '../../src/workflow-engine/activity-registry.js';
import { withActivityTenant } from '../../src/workflow-engine/tenant-activity.js';
import { createStepTypeRegistry, defineStepType } from '../../src/workflows/definition/step-types.js';
import type { PluginStepInput } from '../../src/workflows/interpreter/interpreter.types.js';
import { createWorkflowActivities } from '../../src/workflows/interpreter/activities/workflow-activities.js';
import { scheduleId } from '../../src/workflows/interpreter/schedules.js';
import { createTriggerRouter } from '../../src/workflows/interpreter/trigger-router.js';
import {
  createDeal,
  createWfTenant,
  publishDefinition,
  runsOfWorkflow,
  type WfTenant,
} from './interpreter-fixtures.js';

let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let relay: OutboxRelay;
let a: WfTenant;
let hooks: Server;
let hookUrl: string;
const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let failFirst = 0;
const taskQueue = testTaskQueue('interpreter-steps');

// A plugin's step, as the plugin SDK declares it: the step type (validated input) and its activity.
const scoreStep = defineStepType({
  kind: 'acme.scoreDeal',
  activity: 'acme.scoreDeal',
  input: z.strictObject({ weight: z.number().int().min(1).max(10) }),
  output: z.object({ score: z.number() }),
  label: { en: 'Score the deal', ru: 'Оценить сделку' },
});
const stepTypes = createStepTypeRegistry([scoreStep]);
let database: TestDatabase['db'];
const acmeActivities = defineActivities('acme', {
  scoreDeal: (input: PluginStepInput) =>
    withActivityTenant(database, input, async (db) => {
      const deal = await db.deal.findFirstOrThrow({
        where: { id: input.recordId ?? '' },
        select: { title: true },
      });
      return { score: deal.title.length * Number(input.input.weight) };
    }),
});

beforeAll(async () => {
  t = await createTestDatabase();
  database = t.db;
  a = await createWfTenant(t.db, 'Steps');
  temporal = createTestTemporalClient();
  worker = await startTestWorker({
    database: t.db,
    taskQueue,
    activities: createActivityRegistry(
      createWorkflowActivities({ database: t.db, sendMail: () => Promise.resolve() }),
      acmeActivities,
    ),
  });
  relay = createOutboxRelay({
    database: t.db,
    dispatch: createTriggerRouter({ client: temporal.client, taskQueue, stepTypes }),
    listenUrl: t.url,
    pollIntervalMs: 200,
  });
  relay.start();
  hooks = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      if (failFirst > 0) {
        failFirst -= 1;
        res.writeHead(503).end();
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await temporal.close();
  await new Promise((resolve) => hooks.close(resolve));
  await t.drop();
});

async function completedRuns(workflowId: string, count: number) {
  await expect
    .poll(
      async () =>
        (await runsOfWorkflow(t.db, a.tenantId, workflowId)).filter((r) => r.status === 'completed').length,
      { timeout: 40_000 },
    )
    .toBe(count);
  return runsOfWorkflow(t.db, a.tenantId, workflowId);
}

describe('interpreter steps', () => {
  it('calls an outgoing webhook signed with HMAC and retries it with backoff', async () => {
    failFirst = 1;
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: 'startsWith(record.title, "Hook")' },
      steps: [
        { id: 'tell', kind: 'webhook', url: hookUrl, body: '{"deal": "{{ record.title }}"}', maxAttempts: 3 },
      ],
    });
    await createDeal(t.db, a, { title: 'Hook me' });
    const [run] = await completedRuns(workflowId, 1);
    expect(received).toHaveLength(2);
    const [first, second] = received;
    expect(second?.body).toBe('{"deal": "Hook me"}');
    const signed = createHmac('sha256', 'test-secret')
      .update(`${String(second?.headers['x-crm-timestamp'])}.${second?.body ?? ''}`)
      .digest('hex');
    expect(second?.headers['x-crm-signature']).toBe(`sha256=${signed}`);
    // The same idempotency key on the retry: the receiver can drop a duplicate.
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
    expect(run?.status).toBe('completed');
  });

  it('runs a plugin-provided step through its activity and passes its output on', async () => {
    const workflowId = await publishDefinition(
      t.db,
      a.tenantId,
      {
        trigger: {
          type: 'record.created',
          recordType: 'deal',
          condition: 'startsWith(record.title, "Score")',
        },
        steps: [
          { id: 'score', kind: 'acme.scoreDeal', input: { weight: 2 } },
          { id: 'tell', kind: 'notify', title: 'Score {{ steps.score.score }}' },
        ],
      },
      'Plugin step',
      stepTypes,
    );
    await createDeal(t.db, a, { title: 'Score me' });
    const [run] = await completedRuns(workflowId, 1);
    const note = await t.db.withTenant(a.tenantId, (db) =>
      db.notification.findFirst({ where: { runId: run?.id ?? newId() }, select: { title: true } }),
    );
    expect(note?.title).toBe('Score 16');
  });

  it('assigns round robin within a team, and keeps an existing owner when asked', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: 'startsWith(record.title, "Lead")' },
      steps: [{ id: 'route', kind: 'assign', rule: { type: 'roundRobin', teamId: a.teamId } }],
    });
    const deals: string[] = [];
    for (const title of ['Lead 1', 'Lead 2', 'Lead 3']) {
      deals.push(await createDeal(t.db, a, { title, ownerId: a.admin }));
      await completedRuns(workflowId, deals.length);
    }
    const owners = await t.db.withTenant(a.tenantId, (db) =>
      db.deal.findMany({ where: { id: { in: deals } }, select: { id: true, ownerId: true } }),
    );
    const ordered = deals.map((id) => owners.find((o) => o.id === id)?.ownerId);
    const team = [a.manager, a.rep].sort();
    expect(new Set(ordered)).toEqual(new Set(team));
    expect(ordered[0]).not.toBe(ordered[1]);
    expect(ordered[2]).toBe(ordered[0]);

    const keep = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: 'startsWith(record.title, "Owned")' },
      steps: [
        { id: 'route', kind: 'assign', rule: { type: 'user', userId: a.manager }, keepExistingOwner: true },
      ],
    });
    const owned = await createDeal(t.db, a, { title: 'Owned', ownerId: a.rep });
    const [run] = await (async () => {
      await expect
        .poll(async () => (await runsOfWorkflow(t.db, a.tenantId, keep))[0]?.status, { timeout: 40_000 })
        .toBe('completed');
      return runsOfWorkflow(t.db, a.tenantId, keep);
    })();
    expect(run?.status).toBe('completed');
    const deal = await t.db.withTenant(a.tenantId, (db) =>
      db.deal.findFirstOrThrow({ where: { id: owned }, select: { ownerId: true } }),
    );
    expect(deal.ownerId).toBe(a.rep);
  });

  it('fires a date-relative trigger once per record and day from its daily scan', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'date', recordType: 'deal', field: 'expectedCloseDate', offsetDays: -3 },
      steps: [
        {
          id: 'remind',
          kind: 'notify',
          title: '{{ record.title }} closes on {{ record.expectedCloseDate }}',
        },
      ],
    });
    const due = await createDeal(t.db, a, { title: 'Closing soon' });
    const later = await createDeal(t.db, a, { title: 'Closing later' });
    await t.db.withTenant(a.tenantId, async (db) => {
      await db.deal.updateMany({
        where: { id: due },
        data: { expectedCloseDate: new Date(`${day(3)}T00:00:00.000Z`) },
      });
      await db.deal.updateMany({
        where: { id: later },
        data: { expectedCloseDate: new Date(`${day(4)}T00:00:00.000Z`) },
      });
    });
    const handle = temporal.client.schedule.getHandle(scheduleId(a.tenantId, workflowId));
    await expect
      .poll(
        () =>
          handle.describe().then(
            () => 'exists',
            () => 'absent',
          ),
        { timeout: 30_000 },
      )
      .toBe('exists');
    await handle.trigger();
    const runs = await completedRuns(workflowId, 1);
    expect(runs.map((r) => r.recordId)).toEqual([due]);
    await handle.trigger(); // a second scan the same day starts nothing new
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await runsOfWorkflow(t.db, a.tenantId, workflowId)).toHaveLength(1);
    const note = await t.db.withTenant(a.tenantId, (db) =>
      db.notification.findFirst({ where: { runId: runs[0]?.id ?? newId() }, select: { title: true } }),
    );
    expect(note?.title).toBe(`Closing soon closes on ${day(3)}`);
  });
});
