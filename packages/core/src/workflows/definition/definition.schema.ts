import { z } from 'zod';
import { builtInStepSchemas, pluginStep } from './step.schema.js';
import { workflowTrigger } from './trigger.schema.js';

/** Settings that apply to the whole workflow. */
export const workflowSettings = z.strictObject({
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .default('UTC')
    .meta({ description: 'IANA time zone for business days and date triggers' }),
  workDays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .default([1, 2, 3, 4, 5])
    .meta({ description: 'ISO weekdays counted as business days (1 = Monday)' }),
  holidays: z.array(z.iso.date()).max(366).default([]),
});
export type WorkflowSettings = z.infer<typeof workflowSettings>;

/** A step as far as the first validation pass sees it: its id and kind; the rest is checked per kind. */
export const shallowStep = z.looseObject({ id: z.unknown(), kind: z.unknown() });

const shallowStepList = z.array(shallowStep).max(100);
const shallowSchemas = builtInStepSchemas(shallowStepList);

/** The top level of a definition; each part is then checked on its own (validate-definition.ts). */
export const definitionEnvelope = z.strictObject({
  schemaVersion: z.literal(1).default(1),
  trigger: z.unknown(),
  steps: z.array(z.unknown()).min(1).max(100),
  settings: z.unknown().optional(),
});

export const defaultSettings: WorkflowSettings = { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5], holidays: [] };

export { shallowSchemas };

// The fully recursive schema, for the OpenAPI document (validation walks the tree itself for exact paths).
const stepList: z.ZodType = z.lazy(() => z.array(workflowStepDocument));
const fullSchemas = builtInStepSchemas(stepList);
const workflowStepDocument: z.ZodType = z
  .union([
    fullSchemas.condition,
    fullSchemas.delay,
    fullSchemas.waitUntil,
    fullSchemas.waitForEvent,
    fullSchemas.createTask,
    fullSchemas.assign,
    fullSchemas.updateFields,
    fullSchemas.sendEmail,
    fullSchemas.notify,
    fullSchemas.webhook,
    fullSchemas.approval,
    fullSchemas.actionPlan,
    fullSchemas.summarizePipeline,
    pluginStep,
  ])
  .meta({ id: 'WorkflowStep' });

type ShallowStep = z.output<typeof shallowStep>;
/** Replaces the shallow nested steps of a parsed step by fully typed ones. */
type Deepen<T> = T extends ShallowStep
  ? WorkflowStep
  : T extends readonly (infer U)[]
    ? Deepen<U>[]
    : T extends object
      ? { [K in keyof T]: Deepen<T[K]> }
      : T;
type Shallow = typeof shallowSchemas;
export type StepOfKind<K extends keyof Shallow> = {
  [P in keyof z.output<Shallow[K]>]: Deepen<z.output<Shallow[K]>[P]>;
};
export type PluginStep = Omit<z.output<typeof pluginStep>, 'kind'> & { kind: `${string}.${string}` };
export type WorkflowStep =
  | StepOfKind<'condition'>
  | StepOfKind<'delay'>
  | StepOfKind<'waitUntil'>
  | StepOfKind<'waitForEvent'>
  | StepOfKind<'createTask'>
  | StepOfKind<'assign'>
  | StepOfKind<'updateFields'>
  | StepOfKind<'sendEmail'>
  | StepOfKind<'notify'>
  | StepOfKind<'webhook'>
  | StepOfKind<'approval'>
  | StepOfKind<'actionPlan'>
  | StepOfKind<'summarizePipeline'>
  | PluginStep;

export const workflowDefinition = z
  .strictObject({
    schemaVersion: z.literal(1).default(1),
    trigger: workflowTrigger,
    steps: z.array(workflowStepDocument).min(1),
    settings: workflowSettings.optional(),
  })
  .meta({
    id: 'WorkflowDefinition',
    description: 'A workflow: a trigger and a tree of steps (docs/workflows.md)',
  });

/** A definition after validation: defaults filled in, every step checked. */
export interface WorkflowDefinition {
  schemaVersion: 1;
  trigger: z.output<typeof workflowTrigger>;
  steps: WorkflowStep[];
  settings: WorkflowSettings;
}
