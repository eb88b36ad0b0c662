import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../src/workflows/approvals/decide-approval.js';
import {
  completeTask,
  contextOf,
  createDeal,
  notificationsOf,
  publishDefinition,
  stepsOfRun,
} from './interpreter-fixtures.js';
import { useInterpreterHarness } from './interpreter-harness.js';

// Runs that wait: an SLA ladder with real timers, a task completed in time, an approval by role.
const h = useInterpreterHarness('interpreter-waits');

describe('the interpreter waiting', () => {
  it('escalates a missed SLA on its ladder (50% owner, 100% manager, 150% task) with real timers', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    const dealId = await createDeal(h.t.db, h.a, { title: 'SLA missed' });
    const waiting = await h.runReaching(h.a.tenantId, workflowId, 'waiting');
    expect(waiting.currentStepId).toBe('wait');
    expect(waiting.waitingFor).toMatchObject({ kind: 'event', event: 'taskCompleted' });
    expect(waiting.nextTimerAt).not.toBeNull();
    const run = await h.runReaching(h.a.tenantId, workflowId, 'completed', 30_000);
    expect(
      (await notificationsOf(h.t.db, h.a.tenantId, h.a.rep))
        .filter((n) => n.runId === run.id)
        .map((n) => n.title),
    ).toEqual(['Half the SLA gone: SLA missed', 'Outcome timeout after 50/100/150']);
    expect(
      (await notificationsOf(h.t.db, h.a.tenantId, h.a.manager))
        .filter((n) => n.runId === run.id)
        .map((n) => n.title),
    ).toEqual(['SLA missed: SLA missed']);
    const tasks = await h.tasksOf(h.a.tenantId, dealId);
    expect(tasks.map((task) => [task.subject, task.ownerId])).toEqual([
      ['Qualify SLA missed', h.a.rep],
      ['Take over SLA missed', h.a.manager],
    ]);
    expect(
      (await stepsOfRun(h.t.db, h.a.tenantId, run.id))
        .filter((s) => s.status === 'escalated')
        .map((s) => s.detail),
    ).toEqual([{ atPercent: 50 }, { atPercent: 100 }, { atPercent: 150 }]);
  }, 90_000);

  it('stops waiting when the task is completed in time (no escalation)', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    const dealId = await createDeal(h.t.db, h.a, { title: 'Quick one' });
    await h.runReaching(h.a.tenantId, workflowId, 'waiting');
    const [task] = await h.tasksOf(h.a.tenantId, dealId);
    await completeTask(h.t.db, h.a.tenantId, task?.id ?? '');
    const run = await h.runReaching(h.a.tenantId, workflowId, 'completed');
    const wait = (await stepsOfRun(h.t.db, h.a.tenantId, run.id)).find(
      (s) => s.stepId === 'wait' && s.status === 'completed',
    );
    expect(wait?.detail).toMatchObject({ outcome: 'event', escalated: [], activityId: task?.id });
  });

  it('waits for an approval by the role and follows the decision', async () => {
    const workflowId = await publishDefinition(h.t.db, h.a.tenantId, {
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
    await createDeal(h.t.db, h.a, { title: 'Discount 30%' });
    const waiting = await h.runReaching(h.a.tenantId, workflowId, 'waiting');
    expect(waiting.waitingFor).toMatchObject({ kind: 'approval', role: 'sales_manager' });
    const approval = await h.t.db.withTenant(h.a.tenantId, (db) =>
      db.workflowApproval.findFirstOrThrow({
        where: { runId: waiting.id },
        select: { id: true, status: true },
      }),
    );
    expect(approval.status).toBe('pending');
    expect((await notificationsOf(h.t.db, h.a.tenantId, h.a.manager)).map((n) => n.title)).toContain(
      'Approval needed: Discount on Discount 30%',
    );
    await h.t.db.withTenant(h.a.tenantId, async (db) =>
      decideApproval(
        await contextOf(db, h.a.tenantId, h.a.manager),
        { id: approval.id, comment: 'Too much' },
        'rejected',
      ),
    );
    const run = await h.runReaching(h.a.tenantId, workflowId, 'completed');
    expect(
      (await notificationsOf(h.t.db, h.a.tenantId, h.a.rep))
        .filter((n) => n.runId === run.id)
        .map((n) => n.title),
    ).toEqual(['Rejected: Too much']);
  });
});
