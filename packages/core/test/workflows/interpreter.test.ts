import { WorkflowFailedError } from '@temporalio/client';
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
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { decideApproval } from '../../src/workflows/approvals/decide-approval.js';
import { emptyStepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { validateDefinition } from '../../src/workflows/definition/validate-definition.js';
import { createWorkflowActivities } from '../../src/workflows/interpreter/activities/workflow-activities.js';
import { createTriggerRouter } from '../../src/workflows/interpreter/trigger-router.js';
import { scheduleId } from '../../src/workflows/interpreter/schedules.js';
import { cancelRun } from '../../src/workflows/runs/cancel-run.js';
import { requestRun } from '../../src/workflows/runs/request-run.js';
import {
  completeTask,
  contextOf,
  createDeal,
  createWfTenant,
  notificationsOf,
  publishDefinition,
  runsOfWorkflow,
  stepsOfRun,
  updateDeal,
  type WfTenant,
} from './interpreter-fixtures.js';

let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let relay: OutboxRelay;
let a: WfTenant;
let b: WfTenant;
const mail: { to: string; subject: string; text: string }[] = [];
const taskQueue = testTaskQueue('interpreter');

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createWfTenant(t.db, 'Alpha');
  b = await createWfTenant(t.db, 'Beta');
  temporal = createTestTemporalClient();
  worker = await startTestWorker({
    database: t.db,
    taskQueue,
    activities: createWorkflowActivities({
      database: t.db,
      sendMail: (message) => {
        mail.push(message);
        return Promise.resolve();
      },
    }),
  });
  relay = createOutboxRelay({
    database: t.db,
    dispatch: createTriggerRouter({ client: temporal.client, taskQueue, stepTypes: emptyStepTypeRegistry }),
    listenUrl: t.url,
    pollIntervalMs: 200,
  });
  relay.start();
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await temporal.close();
  await t.drop();
});

/** The single run of a workflow, once it reached `status`. */
async function runReaching(tenantId: string, workflowId: string, status: string, timeout = 20_000) {
  await expect
    .poll(async () => (await runsOfWorkflow(t.db, tenantId, workflowId))[0]?.status, {
      timeout,
      interval: 100,
    })
    .toBe(status);
  const [run] = await runsOfWorkflow(t.db, tenantId, workflowId);
  if (!run) throw new Error('no run');
  return run;
}

const tasksOf = (tenantId: string, dealId: string) =>
  t.db.withTenant(tenantId, (db) =>
    db.activity.findMany({
      where: { dealId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, subject: true, ownerId: true, dueAt: true, done: true },
    }),
  );

describe('the interpreter', () => {
  it('runs a record-created workflow: create task, condition, update fields, notification, once each', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: '"Acme" in record.title' },
      steps: [
        { id: 'call', kind: 'createTask', subject: 'Call about {{ record.title }}', dueInDays: 2 },
        {
          id: 'big',
          kind: 'condition',
          if: 'record.amount > 100000',
          then: [
            {
              id: 'flag',
              kind: 'updateFields',
              set: { title: { expression: 'upper(record.title)' }, lostReason: null },
            },
            {
              id: 'tell',
              kind: 'notify',
              to: [{ type: 'manager' }],
              title: 'Big deal {{ record.title }} ({{ steps.call.activityId != null }})',
            },
          ],
          else: [{ id: 'small', kind: 'notify', title: 'Small deal' }],
        },
      ],
    });
    const ignored = await createDeal(t.db, a, { title: 'Other', amount: '500000' });
    const dealId = await createDeal(t.db, a, { title: 'Acme renewal', amount: '250000.00' });
    const run = await runReaching(a.tenantId, workflowId, 'completed');
    expect(run.recordId).toBe(dealId);
    expect(run.temporalWorkflowId).toBe(`t:${a.tenantId}:wf:${workflowId}:${run.triggerEventId ?? ''}`);
    expect((await stepsOfRun(t.db, a.tenantId, run.id)).map((s) => [s.stepId, s.status])).toEqual([
      ['call', 'completed'],
      ['big', 'completed'],
      ['flag', 'completed'],
      ['tell', 'completed'],
    ]);
    const tasks = await tasksOf(a.tenantId, dealId);
    expect(tasks.map((task) => [task.subject, task.ownerId])).toEqual([['Call about Acme renewal', a.rep]]);
    const deal = await t.db.withTenant(a.tenantId, (db) =>
      db.deal.findFirstOrThrow({ where: { id: dealId }, select: { title: true, version: true } }),
    );
    expect(deal.title).toBe('ACME RENEWAL');
    expect(await notificationsOf(t.db, a.tenantId, a.manager)).toEqual([
      { title: 'Big deal ACME RENEWAL (true)', body: null, runId: run.id },
    ]);
    expect(await tasksOf(a.tenantId, ignored)).toEqual([]);
    // The workflow's own update of the deal (an outbox event) did not start it again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await runsOfWorkflow(t.db, a.tenantId, workflowId)).toHaveLength(1);
  });

  it('starts record.updated workflows only when the watched field reaches the value', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.updated', recordType: 'deal', changes: [{ field: 'status', to: 'won' }] },
      steps: [
        {
          id: 'plan',
          kind: 'actionPlan',
          businessDays: true,
          tasks: [
            { key: 'kickoff', subject: 'Kick-off {{ record.title }}', offsetDays: 1 },
            { key: 'training', subject: 'Training', offsetDays: 2, dependsOn: ['kickoff'] },
          ],
        },
      ],
    });
    const dealId = await createDeal(t.db, a, { title: 'Globex' });
    await updateDeal(t.db, a, dealId, { title: 'Globex 2' }, ['title']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await runsOfWorkflow(t.db, a.tenantId, workflowId)).toEqual([]);
    await updateDeal(t.db, a, dealId, { stageId: a.wonStage }, ['stageId', 'status', 'closedAt']);
    await runReaching(a.tenantId, workflowId, 'completed');
    const tasks = await tasksOf(a.tenantId, dealId);
    expect(tasks.map((task) => task.subject)).toEqual(['Kick-off Globex 2', 'Training']);
    const [kickoff, training] = tasks;
    // Two business days after the kick-off's due date, never on a weekend.
    expect(training?.dueAt && kickoff?.dueAt && training.dueAt > kickoff.dueAt).toBe(true);
    for (const task of tasks) expect([0, 6]).not.toContain(task.dueAt?.getUTCDay());
  });

  it('escalates a missed SLA on its ladder (50% owner, 100% manager, 150% task) with real timers', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: 'startsWith(record.title, "SLA")' },
      steps: [
        { id: 'todo', kind: 'createTask', subject: 'Qualify {{ record.title }}' },
        {
          id: 'wait',
          kind: 'waitForEvent',
          event: { type: 'taskCompleted', taskStep: 'todo' },
          sla: {
            duration: { seconds: 4 },
            escalations: [
              {
                atPercent: 50,
                steps: [{ id: 'nudge', kind: 'notify', title: 'Half the SLA gone: {{ record.title }}' }],
              },
              {
                atPercent: 100,
                steps: [
                  {
                    id: 'boss',
                    kind: 'notify',
                    to: [{ type: 'manager' }],
                    title: 'SLA missed: {{ record.title }}',
                  },
                ],
              },
              {
                atPercent: 150,
                steps: [
                  {
                    id: 'takeOver',
                    kind: 'createTask',
                    subject: 'Take over {{ record.title }}',
                    assignee: { type: 'manager' },
                  },
                ],
              },
            ],
            onTimeout: { atPercent: 175, then: 'continue' },
          },
        },
        {
          id: 'done',
          kind: 'notify',
          title: 'Outcome {{ steps.wait.outcome }} after {{ join(steps.wait.escalated, "/") }}',
        },
      ],
    });
    const dealId = await createDeal(t.db, a, { title: 'SLA missed' });
    const waiting = await runReaching(a.tenantId, workflowId, 'waiting');
    expect(waiting.currentStepId).toBe('wait');
    expect(waiting.waitingFor).toMatchObject({ kind: 'event', event: 'taskCompleted' });
    expect(waiting.nextTimerAt).not.toBeNull();
    const run = await runReaching(a.tenantId, workflowId, 'completed', 30_000);
    expect(
      (await notificationsOf(t.db, a.tenantId, a.rep)).filter((n) => n.runId === run.id).map((n) => n.title),
    ).toEqual(['Half the SLA gone: SLA missed', 'Outcome timeout after 50/100/150']);
    expect(
      (await notificationsOf(t.db, a.tenantId, a.manager))
        .filter((n) => n.runId === run.id)
        .map((n) => n.title),
    ).toEqual(['SLA missed: SLA missed']);
    const tasks = await tasksOf(a.tenantId, dealId);
    expect(tasks.map((task) => [task.subject, task.ownerId])).toEqual([
      ['Qualify SLA missed', a.rep],
      ['Take over SLA missed', a.manager],
    ]);
    expect(
      (await stepsOfRun(t.db, a.tenantId, run.id))
        .filter((s) => s.status === 'escalated')
        .map((s) => s.detail),
    ).toEqual([{ atPercent: 50 }, { atPercent: 100 }, { atPercent: 150 }]);
  }, 45_000);

  it('stops waiting when the task is completed in time (no escalation)', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'record.created', recordType: 'deal', condition: 'startsWith(record.title, "Quick")' },
      steps: [
        { id: 'todo', kind: 'createTask', subject: 'Qualify' },
        {
          id: 'wait',
          kind: 'waitForEvent',
          event: { type: 'taskCompleted', taskStep: 'todo' },
          sla: {
            duration: { minutes: 10 },
            escalations: [{ atPercent: 50, steps: [{ id: 'nudge', kind: 'notify', title: 'Late' }] }],
          },
        },
      ],
    });
    const dealId = await createDeal(t.db, a, { title: 'Quick one' });
    await runReaching(a.tenantId, workflowId, 'waiting');
    const [task] = await tasksOf(a.tenantId, dealId);
    await completeTask(t.db, a.tenantId, task?.id ?? '');
    const run = await runReaching(a.tenantId, workflowId, 'completed');
    const wait = (await stepsOfRun(t.db, a.tenantId, run.id)).find(
      (s) => s.stepId === 'wait' && s.status === 'completed',
    );
    expect(wait?.detail).toMatchObject({ outcome: 'event', escalated: [], activityId: task?.id });
  });

  it('waits for an approval by the role and follows the decision', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: {
        type: 'record.created',
        recordType: 'deal',
        condition: 'startsWith(record.title, "Discount")',
      },
      steps: [
        { id: 'approve', kind: 'approval', role: 'sales_manager', title: 'Discount on {{ record.title }}' },
        {
          id: 'decided',
          kind: 'condition',
          if: 'steps.approve.decision == "rejected"',
          then: [{ id: 'no', kind: 'notify', title: 'Rejected: {{ steps.approve.comment }}' }],
          else: [{ id: 'yes', kind: 'notify', title: 'Approved' }],
        },
      ],
    });
    await createDeal(t.db, a, { title: 'Discount 30%' });
    const waiting = await runReaching(a.tenantId, workflowId, 'waiting');
    expect(waiting.waitingFor).toMatchObject({ kind: 'approval', role: 'sales_manager' });
    const approval = await t.db.withTenant(a.tenantId, (db) =>
      db.workflowApproval.findFirstOrThrow({
        where: { runId: waiting.id },
        select: { id: true, status: true },
      }),
    );
    expect(approval.status).toBe('pending');
    expect((await notificationsOf(t.db, a.tenantId, a.manager)).map((n) => n.title)).toContain(
      'Approval needed: Discount on Discount 30%',
    );
    await t.db.withTenant(a.tenantId, async (db) =>
      decideApproval(
        await contextOf(db, a.tenantId, a.manager),
        { id: approval.id, comment: 'Too much' },
        'rejected',
      ),
    );
    const run = await runReaching(a.tenantId, workflowId, 'completed');
    expect(
      (await notificationsOf(t.db, a.tenantId, a.rep)).filter((n) => n.runId === run.id).map((n) => n.title),
    ).toEqual(['Rejected: Too much']);
  });

  it('runs a manual start, and cancels a waiting run through the outbox', async () => {
    const definition = {
      trigger: { type: 'manual', recordType: 'deal' },
      steps: [
        { id: 'pause', kind: 'delay', duration: { hours: 1 } },
        { id: 'late', kind: 'notify', title: 'Never sent' },
      ],
    };
    const workflowId = await publishDefinition(t.db, a.tenantId, definition);
    const dealId = await createDeal(t.db, a, { title: 'Manual' });
    const check = validateDefinition(definition, emptyStepTypeRegistry);
    const runId = await t.db.withTenant(a.tenantId, (db) =>
      requestRun(db, {
        tenantId: a.tenantId,
        workflowId,
        version: 1,
        definitionHash: check.valid ? 'x' : '',
        triggerType: 'manual',
        recordType: 'deal',
        recordId: dealId,
        startedById: a.admin,
        payload: {},
      }),
    );
    const waiting = await runReaching(a.tenantId, workflowId, 'waiting');
    expect(waiting.id).toBe(runId);
    expect(waiting.waitingFor).toEqual({ kind: 'timer' });
    expect(waiting.nextTimerAt && waiting.nextTimerAt.getTime() - Date.now()).toBeGreaterThan(3_000_000);
    await t.db.withTenant(a.tenantId, async (db) =>
      cancelRun(await contextOf(db, a.tenantId, a.admin), runId),
    );
    const handle = temporal.client.workflow.getHandle(waiting.temporalWorkflowId);
    await expect
      .poll(async () => (await handle.describe()).status.name, { timeout: 15_000 })
      .toBe('CANCELLED');
    expect((await runsOfWorkflow(t.db, a.tenantId, workflowId))[0]?.status).toBe('cancelled');
  });

  it("cannot read or write tenant B's records from a run of tenant A, even with B's ids", async () => {
    const bDeal = await createDeal(t.db, b, { title: 'B secret' });
    const before = await t.db.withTenant(b.tenantId, (db) =>
      db.deal.findFirstOrThrow({
        where: { id: bDeal },
        select: { title: true, version: true, ownerId: true },
      }),
    );
    const definition = validateDefinition(
      {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [
          { id: 'grab', kind: 'updateFields', set: { title: 'stolen' } },
          { id: 'give', kind: 'assign', rule: { type: 'user', userId: a.admin } },
        ],
      },
      emptyStepTypeRegistry,
    );
    if (!definition.valid) throw new Error('invalid');
    const workflowId = await publishDefinition(t.db, a.tenantId, definition.definition);
    const temporalId = `t:${a.tenantId}:wf:${workflowId}:${newId()}`;
    await startWorkflowOnce(temporal.client, {
      tenantId: a.tenantId,
      workflowId: temporalId,
      workflowType: 'runWorkflowDefinition',
      taskQueue,
      args: [
        {
          tenantId: a.tenantId,
          runId: newId(),
          triggerType: 'manual',
          triggerEventId: null,
          workflowId,
          workflowName: 'attack',
          version: 1,
          hash: 'x',
          definition: definition.definition,
          recordType: 'deal',
          recordId: bDeal,
          trigger: {},
          pluginActivities: {},
        },
      ],
    });
    const error: unknown = await temporal.client.workflow
      .getHandle(temporalId)
      .result()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const cause = (error as WorkflowFailedError).cause;
    expect(cause?.cause instanceof Error ? cause.cause.message : '').toMatch(/not found/i);
    // A run of tenant A aimed at tenant B itself is refused by the activities too.
    const crossId = `t:${a.tenantId}:wf:${workflowId}:${newId()}`;
    await startWorkflowOnce(temporal.client, {
      tenantId: a.tenantId,
      workflowId: crossId,
      workflowType: 'runWorkflowDefinition',
      taskQueue,
      args: [
        {
          tenantId: b.tenantId,
          runId: newId(),
          triggerType: 'manual',
          triggerEventId: null,
          workflowId,
          workflowName: 'attack',
          version: 1,
          hash: 'x',
          definition: definition.definition,
          recordType: 'deal',
          recordId: bDeal,
          trigger: {},
          pluginActivities: {},
        },
      ],
    });
    await expect(temporal.client.workflow.getHandle(crossId).result()).rejects.toBeInstanceOf(
      WorkflowFailedError,
    );
    const after = await t.db.withTenant(b.tenantId, (db) =>
      db.deal.findFirstOrThrow({
        where: { id: bDeal },
        select: { title: true, version: true, ownerId: true },
      }),
    );
    expect(after).toEqual(before);
  });

  it('keeps a Temporal schedule in step with publish and archive, and runs it', async () => {
    const workflowId = await publishDefinition(t.db, a.tenantId, {
      trigger: { type: 'schedule', cron: '0 9 * * MON', timeZone: 'Europe/Moscow' },
      steps: [
        { id: 'summary', kind: 'summarizePipeline', periodDays: 7 },
        {
          id: 'digest',
          kind: 'sendEmail',
          to: [{ type: 'role', role: 'sales_manager' }],
          subject: 'Digest: {{ steps.summary.openCount }} open',
          body: 'Won {{ steps.summary.wonCount }}',
        },
      ],
    });
    const handle = temporal.client.schedule.getHandle(scheduleId(a.tenantId, workflowId));
    await expect
      .poll(
        () =>
          handle.describe().then(
            () => 'exists',
            () => 'absent',
          ),
        { timeout: 10_000 },
      )
      .toBe('exists');
    await handle.trigger();
    const run = await runReaching(a.tenantId, workflowId, 'completed');
    expect(run.temporalWorkflowId.startsWith(`t:${a.tenantId}:wf:${workflowId}:schedule`)).toBe(true);
    const managerMail = mail.filter((m) => m.to === `sales_manager-${a.tenantId}@wf.test`);
    expect(managerMail.map((m) => m.subject)).toEqual([expect.stringMatching(/^Digest: \d+ open$/)]);
    await t.db.withTenant(a.tenantId, async (db) => {
      await db.workflow.update({
        where: { tenantId_id: { tenantId: a.tenantId, id: workflowId } },
        data: { status: 'archived', publishedVersion: null },
      });
      await db.workflowVersion.updateMany({ where: { workflowId }, data: { status: 'archived' } });
      await db.outbox.create({
        data: {
          tenantId: a.tenantId,
          id: newId(),
          topic: 'workflow.archived',
          recordType: 'workflow',
          recordId: workflowId,
          payload: {},
        },
      });
    });
    await expect
      .poll(
        () =>
          handle.describe().then(
            () => 'exists',
            () => 'absent',
          ),
        { timeout: 10_000 },
      )
      .toBe('absent');
  });
});
