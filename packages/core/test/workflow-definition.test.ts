import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createStepTypeRegistry,
  cronProblem,
  defineStepType,
  definitionHash,
  emptyStepTypeRegistry,
  validateDefinition,
} from '../src/workflows/definition/index.js';
import { builtInTemplates } from '../src/workflows/templates/built-in-templates.js';

const valid = {
  trigger: { type: 'record.updated', recordType: 'deal', changes: [{ field: 'status', to: 'won' }] },
  steps: [
    { id: 'task', kind: 'createTask', subject: 'Kick-off for {{ record.title }}', dueInDays: 2 },
    {
      id: 'wait',
      kind: 'waitForEvent',
      event: { type: 'taskCompleted', taskStep: 'task' },
      sla: {
        duration: { days: 2 },
        escalations: [
          { atPercent: 50, steps: [{ id: 'nudge', kind: 'notify', title: 'Reminder: {{ record.title }}' }] },
          {
            atPercent: 100,
            steps: [{ id: 'boss', kind: 'notify', to: [{ type: 'manager' }], title: 'Overdue' }],
          },
        ],
      },
    },
    {
      id: 'big',
      kind: 'condition',
      if: 'record.amount > 1000000 && steps.wait.outcome == "event"',
      then: [{ id: 'approve', kind: 'approval', role: 'sales_manager', title: 'Approve {{ record.title }}' }],
      else: [
        {
          id: 'mark',
          kind: 'updateFields',
          set: { lostReason: null, title: { expression: 'upper(record.title)' } },
        },
      ],
    },
  ],
};

describe('workflow definition validation', () => {
  it('accepts a valid definition and fills in defaults', () => {
    const check = validateDefinition(valid, emptyStepTypeRegistry);
    expect(check.issues).toEqual([]);
    if (!check.valid) return;
    expect(check.definition.settings).toEqual({ timeZone: 'UTC', workDays: [1, 2, 3, 4, 5], holidays: [] });
    const task = check.definition.steps[0];
    expect(task?.kind === 'createTask' && task.activityType).toBe('task');
    expect(task?.kind === 'createTask' && task.assignee).toEqual({ type: 'owner' });
  });

  it('reports every error with its path', () => {
    const check = validateDefinition(
      {
        trigger: { type: 'schedule', cron: '61 * * * MON', timeZone: 'Mars/Olympus' },
        steps: [
          { id: 'a', kind: 'createTask', subject: 'Hi {{ record. }}' },
          { id: 'a', kind: 'delay', duration: {} },
          {
            id: 'c',
            kind: 'condition',
            if: 'steps.later.x == 1 || secret.y',
            then: [
              { id: 'd', kind: 'teleport' },
              { id: 'e', kind: 'updateFields', set: { title: 'x' } },
            ],
          },
          { id: 'later', kind: 'notify' },
          'not a step',
        ],
      },
      emptyStepTypeRegistry,
    );
    expect(check.valid).toBe(false);
    const fields = check.issues.map((issue) => issue.field);
    expect(fields).toEqual([
      'trigger.cron',
      'trigger.timeZone',
      'steps.0.subject',
      'steps.1.id',
      'steps.1.duration',
      'steps.2.if',
      'steps.2.if',
      'steps.2.then.0.kind',
      'steps.2.then.1.kind',
      'steps.3.title',
      'steps.4',
    ]);
    const message = (field: string) => check.issues.find((issue) => issue.field === field)?.message;
    expect(message('trigger.cron')).toBe('"61" is not a valid minute');
    expect(message('steps.0.subject')).toMatch(/record.*trigger has no record type|Expected a field name/);
    expect(message('steps.1.id')).toBe('step id "a" is used twice');
    expect(message('steps.2.then.0.kind')).toMatch(/unknown step kind "teleport"/);
  });

  it('checks record fields, task references, escalation kinds and plan cycles', () => {
    const check = validateDefinition(
      {
        trigger: { type: 'record.updated', recordType: 'contact', changes: [{ field: 'salary' }] },
        steps: [
          { id: 'w', kind: 'waitForEvent', event: { type: 'taskCompleted', taskStep: 'nope' } },
          { id: 'u', kind: 'updateFields', set: { tenantId: 'x', 'customFields.level': 3 } },
          {
            id: 'ap',
            kind: 'approval',
            role: 'admin',
            title: 'x',
            sla: {
              duration: { hours: 1 },
              escalations: [{ atPercent: 100, steps: [{ id: 'z', kind: 'delay', duration: { hours: 1 } }] }],
            },
          },
          {
            id: 'plan',
            kind: 'actionPlan',
            tasks: [
              { key: 'a', subject: 'A', offsetDays: 0, dependsOn: ['b'] },
              { key: 'b', subject: 'B', offsetDays: 1, dependsOn: ['a', 'c'] },
            ],
          },
        ],
      },
      emptyStepTypeRegistry,
    );
    expect(check.issues.map((issue) => issue.field)).toEqual([
      'trigger.changes.0.field',
      'steps.0.event.taskStep',
      'steps.1.set.tenantId',
      'steps.2.sla.escalations.0.steps.0.kind',
      'steps.3.tasks.1.dependsOn.1',
      'steps.3.tasks',
    ]);
  });

  it('validates plugin steps with the schema the plugin registered', () => {
    const registry = createStepTypeRegistry([
      defineStepType({
        kind: 'bank.scoreClient',
        activity: 'bank.scoreClient',
        input: z.strictObject({ model: z.enum(['basic', 'full']) }),
        output: z.object({ score: z.number() }),
        label: { en: 'Score the client', ru: 'Оценить клиента' },
      }),
    ]);
    const definition = (input: object) => ({
      trigger: { type: 'manual', recordType: 'account' },
      steps: [
        { id: 'score', kind: 'bank.scoreClient', input },
        { id: 'n', kind: 'notify', title: 'Score {{ steps.score.score }}' },
      ],
    });
    expect(validateDefinition(definition({ model: 'full' }), registry).issues).toEqual([]);
    expect(validateDefinition(definition({ model: 'guess' }), registry).issues.map((i) => i.field)).toEqual([
      'steps.0.input.model',
    ]);
    expect(validateDefinition(definition({ model: 'full' }), emptyStepTypeRegistry).issues[0]?.field).toBe(
      'steps.0.kind',
    );
    expect(() =>
      defineStepType({
        kind: 'noplugin',
        activity: 'x.y',
        input: z.object({}),
        output: z.object({}),
        label: { en: '', ru: '' },
      }),
    ).toThrow(/pluginId/);
  });

  it('limits nesting and size', () => {
    let steps: object[] = [{ id: 'leaf', kind: 'delay', duration: { seconds: 1 } }];
    for (let i = 0; i < 12; i += 1) steps = [{ id: `c${i}`, kind: 'condition', if: 'true', then: steps }];
    const check = validateDefinition(
      { trigger: { type: 'manual', recordType: 'deal' }, steps },
      emptyStepTypeRegistry,
    );
    expect(check.issues.some((issue) => /nest deeper/.test(issue.message))).toBe(true);
    const many = Array.from({ length: 70 }, (_, i) => ({
      id: `s${i}`,
      kind: 'delay',
      duration: { seconds: 1 },
    }));
    const wide = validateDefinition(
      {
        trigger: { type: 'manual', recordType: 'deal' },
        steps: [
          ...many,
          { id: 'c', kind: 'condition', if: 'true', then: many.map((s) => ({ ...s, id: `t${s.id}` })) },
          { id: 'x', kind: 'condition', if: 'true', then: many.map((s) => ({ ...s, id: `u${s.id}` })) },
        ],
      },
      emptyStepTypeRegistry,
    );
    expect(wide.issues.some((issue) => /at most 200 steps/.test(issue.message))).toBe(true);
  });

  it('checks cron expressions', () => {
    expect(cronProblem('0 9 * * MON-FRI')).toBeNull();
    expect(cronProblem('*/15 8-18 1,15 JAN-JUN 1-5')).toBeNull();
    expect(cronProblem('0 9 * *')).toMatch(/five fields/);
    expect(cronProblem('0 25 * * *')).toBe('"25" is not a valid hour');
    expect(cronProblem('0 9 * * FRI-MON')).toMatch(/backwards/);
  });

  it('hashes definitions canonically', () => {
    expect(definitionHash({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(definitionHash({ b: [{ d: 3, c: 2 }], a: 1 }));
    expect(definitionHash({ a: 1 })).not.toBe(definitionHash({ a: 2 }));
  });
});

describe('built-in templates', () => {
  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s is a valid definition', (_id, template) => {
    expect(validateDefinition(template.definition, emptyStepTypeRegistry).issues).toEqual([]);
  });

  it('has the six templates the product promises', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([
      'new-deal-follow-up',
      'stale-deal-reminder',
      'won-deal-onboarding',
      'big-discount-approval',
      'overdue-task-escalation',
      'weekly-pipeline-digest',
    ]);
  });
});
