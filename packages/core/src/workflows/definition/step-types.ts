import type { z } from 'zod';
import { AppError } from '../../errors/index.js';
import { pluginStepKind } from './step.schema.js';

/**
 * A step kind a plugin adds to the workflow language (the extension point of the plugin SDK).
 * `kind` and `activity` are `<pluginId>.<name>`; the interpreter runs the step by calling the
 * activity of that name with `{ tenantId, runId, stepId, recordType, recordId, input }` and stores
 * what it returns (checked by `output`) as `steps.<stepId>` for later steps.
 */
export interface WorkflowStepType<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  kind: string;
  input: Input;
  output: Output;
  activity: string;
  label: { en: string; ru: string };
  description?: { en: string; ru: string };
}

/** Checks a plugin step type's names; use it where the plugin declares its steps. */
export function defineStepType<Input extends z.ZodType, Output extends z.ZodType>(
  type: WorkflowStepType<Input, Output>,
): WorkflowStepType<Input, Output> {
  if (!pluginStepKind.safeParse(type.kind).success) {
    throw new AppError('INTERNAL', `Step kind "${type.kind}" must be "<pluginId>.<name>"`);
  }
  if (!pluginStepKind.safeParse(type.activity).success) {
    throw new AppError(
      'INTERNAL',
      `Activity "${type.activity}" of step "${type.kind}" must be "<pluginId>.<name>"`,
    );
  }
  return type;
}

/** The step kinds plugins provide, built once in the composition root (apps) and passed to core. */
export interface StepTypeRegistry {
  get(kind: string): WorkflowStepType | undefined;
  list(): readonly WorkflowStepType[];
  /** The plugin that provides a kind: the part before the dot. */
  pluginOf(kind: string): string;
}

export function createStepTypeRegistry(types: readonly WorkflowStepType[] = []): StepTypeRegistry {
  const byKind = new Map<string, WorkflowStepType>();
  for (const type of types) {
    defineStepType(type);
    if (byKind.has(type.kind)) throw new AppError('INTERNAL', `Step kind "${type.kind}" is registered twice`);
    byKind.set(type.kind, type);
  }
  const list = [...byKind.values()];
  return {
    get: (kind) => byKind.get(kind),
    list: () => list,
    pluginOf: (kind) => kind.slice(0, kind.indexOf('.')),
  };
}

/** A registry with no plugin steps (tests, tools). */
export const emptyStepTypeRegistry: StepTypeRegistry = createStepTypeRegistry();
