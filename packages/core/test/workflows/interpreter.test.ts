import { WorkflowFailedError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import { emptyStepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { validateDefinition } from '../../src/workflows/definition/validate-definition.js';
import { scheduleId } from '../../src/workflows/interpreter/schedules.js';
import { cancelRun } from '../../src/workflows/runs/cancel-run.js';
import { requestRun } from '../../src/workflows/runs/request-run.js';
import {
  contextOf,
  createDeal,
  notificationsOf,
  publishDefinition,
  runsOfWorkflow,
  stepsOfRun,
  updateDeal,
} from './interpreter-fixtures.js';
import { useInterpreterHarness } from './interpreter-harness.js';

// Triggers, manual starts and cancelling, tenant isolation and schedules. Waits (SLA, task, approval)
// are in interpreter-waits.test.ts.
const h = useInterpreterHarness('interpreter');

describe('the interpreter', () => {
  it('runs a record-created workflow: create task, condition, update fields, notification, once each', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    const ignored = await createDeal(h.t.db, h.a, { title: 'Other', amount: '500000' });
    const dealId = await createDeal(h.t.db, h.a, { title: 'Acme renewal', amount: '250000.00' });
    const run = await h.runReaching(h.a.tenantId, workflowId, 'completed');
    expect(run.recordId).toBe(dealId);
    expect(run.temporalWorkflowId).toBe(`t:${h.a.tenantId}:wf:${workflowId}:${run.triggerEventId ?? ''}`);
    expect((await stepsOfRun(h.t.db, h.a.tenantId, run.id)).map((s) => [s.stepId, s.status])).toEqual([
      ['call', 'completed'],
      ['big', 'completed'],
      ['flag', 'completed'],
      ['tell', 'completed'],
    ]);
    const tasks = await h.tasksOf(h.a.tenantId, dealId);
    expect(tasks.map((task) => [task.subject, task.ownerId])).toEqual([['Call about Acme renewal', h.a.rep]]);
    const deal = await h.t.db.withTenant(h.a.tenantId, (db) =>
      db.deal.findFirstOrThrow({ where: { id: dealId }, select: { title: true, version: true } }),
    );
    expect(deal.title).toBe('ACME RENEWAL');
    expect(await notificationsOf(h.t.db, h.a.tenantId, h.a.manager)).toEqual([
      { title: 'Big deal ACME RENEWAL (true)', body: null, runId: run.id },
    ]);
    expect(await h.tasksOf(h.a.tenantId, ignored)).toEqual([]);
    // The workflow's own update of the deal (an outbox event) did not start it again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await runsOfWorkflow(h.t.db, h.a.tenantId, workflowId)).toHaveLength(1);
  });

  it('starts record.updated workflows only when the watched field reaches the value', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    const dealId = await createDeal(h.t.db, h.a, { title: 'Globex' });
    await updateDeal(h.t.db, h.a, dealId, { title: 'Globex 2' }, ['title']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await runsOfWorkflow(h.t.db, h.a.tenantId, workflowId)).toEqual([]);
    await updateDeal(h.t.db, h.a, dealId, { stageId: h.a.wonStage }, ['stageId', 'status', 'closedAt']);
    await h.runReaching(h.a.tenantId, workflowId, 'completed');
    const tasks = await h.tasksOf(h.a.tenantId, dealId);
    expect(tasks.map((task) => task.subject)).toEqual(['Kick-off Globex 2', 'Training']);
    const [kickoff, training] = tasks;
    // Two business days after the kick-off's due date, never on a weekend.
    expect(training?.dueAt && kickoff?.dueAt && training.dueAt > kickoff.dueAt).toBe(true);
    for (const task of tasks) expect([0, 6]).not.toContain(task.dueAt?.getUTCDay());
  });

  it('runs a manual start, and cancels a waiting run through the outbox', async () => {
    const definition = {
      trigger: { type: 'manual', recordType: 'deal' },
      steps: [
        { id: 'pause', kind: 'delay', duration: { hours: 1 } },
        { id: 'late', kind: 'notify', title: 'Never sent' },
      ],
    };
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, definition);
    const dealId = await createDeal(h.t.db, h.a, { title: 'Manual' });
    const check = validateDefinition(definition, emptyStepTypeRegistry);
    const runId = await h.t.db.withTenant(h.a.tenantId, (db) =>
      requestRun(db, {
        tenantId: h.a.tenantId,
        workflowId,
        version: 1,
        definitionHash: check.valid ? 'x' : '',
        triggerType: 'manual',
        recordType: 'deal',
        recordId: dealId,
        startedById: h.a.admin,
        payload: {},
      }),
    );
    const waiting = await h.runReaching(h.a.tenantId, workflowId, 'waiting');
    expect(waiting.id).toBe(runId);
    expect(waiting.waitingFor).toEqual({ kind: 'timer' });
    expect(waiting.nextTimerAt && waiting.nextTimerAt.getTime() - Date.now()).toBeGreaterThan(3_000_000);
    await h.t.db.withTenant(h.a.tenantId, async (db) =>
      cancelRun(await contextOf(db, h.a.tenantId, h.a.admin), runId),
    );
    const handle = h.temporal.client.workflow.getHandle(waiting.temporalWorkflowId);
    await expect
      .poll(async () => (await handle.describe()).status.name, { timeout: 30_000 })
      .toBe('CANCELLED');
    expect((await runsOfWorkflow(h.t.db, h.a.tenantId, workflowId))[0]?.status).toBe('cancelled');
  });

  it("cannot read or write tenant B's records from a run of tenant A, even with B's ids", async () => {
    const bDeal = await createDeal(h.t.db, h.b, { title: 'B secret' });
    const before = await h.t.db.withTenant(h.b.tenantId, (db) =>
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
          { id: 'give', kind: 'assign', rule: { type: 'user', userId: h.a.admin } },
        ],
      },
      emptyStepTypeRegistry,
    );
    if (!definition.valid) throw new Error('invalid');
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, definition.definition);
    const temporalId = `t:${h.a.tenantId}:wf:${workflowId}:${newId()}`;
    await startWorkflowOnce(h.temporal.client, {
      tenantId: h.a.tenantId,
      workflowId: temporalId,
      workflowType: 'runWorkflowDefinition',
      taskQueue: h.taskQueue,
      args: [
        {
          tenantId: h.a.tenantId,
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
    const error: unknown = await h.temporal.client.workflow
      .getHandle(temporalId)
      .result()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const cause = (error as WorkflowFailedError).cause;
    expect(cause?.cause instanceof Error ? cause.cause.message : '').toMatch(/not found/i);
    // A run of tenant A aimed at tenant B itself is refused by the activities too.
    const crossId = `t:${h.a.tenantId}:wf:${workflowId}:${newId()}`;
    await startWorkflowOnce(h.temporal.client, {
      tenantId: h.a.tenantId,
      workflowId: crossId,
      workflowType: 'runWorkflowDefinition',
      taskQueue: h.taskQueue,
      args: [
        {
          tenantId: h.b.tenantId,
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
    await expect(h.temporal.client.workflow.getHandle(crossId).result()).rejects.toBeInstanceOf(
      WorkflowFailedError,
    );
    const after = await h.t.db.withTenant(h.b.tenantId, (db) =>
      db.deal.findFirstOrThrow({
        where: { id: bDeal },
        select: { title: true, version: true, ownerId: true },
      }),
    );
    expect(after).toEqual(before);
  });

  it('keeps a Temporal schedule in step with publish and archive, and runs it', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    const handle = h.temporal.client.schedule.getHandle(scheduleId(h.a.tenantId, workflowId));
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
    const run = await h.runReaching(h.a.tenantId, workflowId, 'completed');
    expect(run.temporalWorkflowId.startsWith(`t:${h.a.tenantId}:wf:${workflowId}:schedule`)).toBe(true);
    const managerMail = h.mail.filter((m) => m.to === `sales_manager-${h.a.tenantId}@wf.test`);
    expect(managerMail.map((m) => m.subject)).toEqual([expect.stringMatching(/^Digest: \d+ open$/)]);
    await h.t.db.withTenant(h.a.tenantId, async (db) => {
      await db.workflow.update({
        where: { tenantId_id: { tenantId: h.a.tenantId, id: workflowId } },
        data: { status: 'archived', publishedVersion: null },
      });
      await db.workflowVersion.updateMany({ where: { workflowId }, data: { status: 'archived' } });
      await db.outbox.create({
        data: {
          tenantId: h.a.tenantId,
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
        { timeout: 30_000 },
      )
      .toBe('absent');
  });
});
