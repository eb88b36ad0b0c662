import { z } from 'zod';
import { activityTypes } from '../../activities/activity.schema.js';
import {
  assignee,
  duration,
  expression,
  literal,
  recipient,
  stepId,
  template,
  userRecipients,
} from './common.schema.js';
import { fieldChange } from './trigger.schema.js';

/** Limits on the size of a definition. */
export const definitionLimits = { maxSteps: 200, maxNesting: 8, maxBranchSteps: 100 } as const;

const common = {
  id: stepId,
  name: z.string().trim().min(1).max(200).optional().meta({ description: 'label shown in the run history' }),
};

/** The kinds of step core provides; plugins add `<pluginId>.<name>` kinds (see step-types.ts). */
export const builtInStepKinds = [
  'condition',
  'delay',
  'waitUntil',
  'waitForEvent',
  'createTask',
  'assign',
  'updateFields',
  'sendEmail',
  'notify',
  'webhook',
  'approval',
  'actionPlan',
  'summarizePipeline',
] as const;
export type BuiltInStepKind = (typeof builtInStepKinds)[number];

/** Step kinds allowed inside an escalation ladder: actions that finish at once. */
export const escalationStepKinds: readonly BuiltInStepKind[] = [
  'createTask',
  'assign',
  'updateFields',
  'sendEmail',
  'notify',
  'webhook',
];

/**
 * The built-in step schemas, given the schema of a nested list of steps. Validation passes a shallow
 * list (each nested step is then validated on its own, so errors carry exact paths); the OpenAPI
 * document and the TypeScript types use the fully recursive one.
 */
export function builtInStepSchemas<S extends z.ZodType>(steps: S) {
  const escalation = z.strictObject({
    atPercent: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .meta({ description: 'percent of the SLA, e.g. 50, 100, 150' }),
    steps,
  });
  const sla = z.strictObject({
    duration,
    escalations: z.array(escalation).max(10).default([]),
    onTimeout: z
      .strictObject({
        atPercent: z.number().int().min(1).max(1000),
        then: z.enum(['continue', 'fail']),
      })
      .optional()
      .meta({ description: 'stop waiting at this percent of the SLA; default: wait for the event' }),
  });
  const waitEvent = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('taskCompleted'),
      taskStep: stepId.meta({ description: 'the createTask step whose task must be completed' }),
    }),
    z.strictObject({
      type: z.literal('recordUpdated'),
      changes: z.array(fieldChange).min(1).max(20).optional(),
      condition: expression.optional(),
    }),
    z.strictObject({
      type: z.literal('signal'),
      name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/),
    }),
  ]);
  return {
    condition: z.strictObject({
      ...common,
      kind: z.literal('condition'),
      if: expression,
      then: steps,
      else: steps.optional(),
    }),
    delay: z.strictObject({ ...common, kind: z.literal('delay'), duration }),
    waitUntil: z.strictObject({
      ...common,
      kind: z.literal('waitUntil'),
      date: expression.meta({ description: 'a date, e.g. `record.expectedCloseDate`' }),
      offsetDays: z.number().int().min(-3650).max(3650).default(0),
    }),
    waitForEvent: z.strictObject({
      ...common,
      kind: z.literal('waitForEvent'),
      event: waitEvent,
      sla: sla.optional(),
    }),
    createTask: z.strictObject({
      ...common,
      kind: z.literal('createTask'),
      activityType: z.enum(activityTypes).default('task'),
      subject: template(500),
      body: template(20_000).optional(),
      dueInDays: z.number().int().min(0).max(3650).optional(),
      businessDays: z.boolean().default(false),
      assignee: assignee.default({ type: 'owner' }),
    }),
    assign: z.strictObject({
      ...common,
      kind: z.literal('assign'),
      rule: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('roundRobin'), teamId: z.uuid() }),
        z.strictObject({ type: z.literal('leastLoaded'), teamId: z.uuid() }),
        z.strictObject({
          type: z.literal('territory'),
          field: z.string().min(1).max(100).meta({ description: 'e.g. region, or customFields.territory' }),
          map: z.record(z.string().max(200), z.uuid()).meta({ description: 'field value → user id' }),
          fallbackUserId: z.uuid().optional(),
        }),
        z.strictObject({ type: z.literal('user'), userId: z.uuid() }),
      ]),
      keepExistingOwner: z
        .boolean()
        .default(false)
        .meta({ description: 'leave the record alone when it already has an owner' }),
    }),
    updateFields: z.strictObject({
      ...common,
      kind: z.literal('updateFields'),
      set: z
        .record(z.string().max(100), z.union([literal, z.strictObject({ expression })]))
        .refine((set) => Object.keys(set).length > 0, 'must set at least one field'),
    }),
    sendEmail: z.strictObject({
      ...common,
      kind: z.literal('sendEmail'),
      to: z.array(recipient).min(1).max(20),
      subject: template(500),
      body: template(50_000),
    }),
    notify: z.strictObject({
      ...common,
      kind: z.literal('notify'),
      to: z
        .array(userRecipients)
        .min(1)
        .max(20)
        .default([{ type: 'owner' }]),
      title: template(300),
      body: template(5_000).optional(),
    }),
    webhook: z.strictObject({
      ...common,
      kind: z.literal('webhook'),
      url: z.url({ protocol: /^https?$/ }).max(2_000),
      method: z.enum(['POST', 'PUT']).default('POST'),
      body: template(50_000).optional().meta({ description: 'request body; default: the record as JSON' }),
      maxAttempts: z.number().int().min(1).max(20).default(8),
    }),
    approval: z.strictObject({
      ...common,
      kind: z.literal('approval'),
      role: z.string().min(1).max(100).meta({ description: 'role key whose members decide' }),
      title: template(300),
      description: template(5_000).optional(),
      sla: sla.optional(),
    }),
    actionPlan: z.strictObject({
      ...common,
      kind: z.literal('actionPlan'),
      businessDays: z.boolean().default(true),
      tasks: z
        .array(
          z.strictObject({
            key: stepId,
            subject: template(500),
            body: template(5_000).optional(),
            offsetDays: z.number().int().min(0).max(3650),
            dependsOn: z.array(stepId).max(20).default([]),
            assignee: assignee.default({ type: 'owner' }),
          }),
        )
        .min(1)
        .max(50),
    }),
    summarizePipeline: z.strictObject({
      ...common,
      kind: z.literal('summarizePipeline'),
      periodDays: z.number().int().min(1).max(366).default(7),
      pipelineId: z.uuid().optional().meta({ description: 'default: all pipelines' }),
    }),
  } satisfies Record<BuiltInStepKind, z.ZodType>;
}

/** A plugin-provided step: `kind` is `<pluginId>.<name>`, `input` is checked by the plugin's schema. */
export const pluginStepKind = z.string().regex(/^[a-z][a-z0-9-]{0,39}\.[a-zA-Z][a-zA-Z0-9_]{0,63}$/);
export const pluginStep = z.strictObject({
  ...common,
  kind: pluginStepKind,
  input: z.record(z.string(), z.unknown()).default({}),
});
