import type { BuiltInStepKind, StepOfKind, WorkflowSettings, WorkflowStep, WorkflowTrigger } from '@crm/api';

export type { BuiltInStepKind, StepOfKind, WorkflowSettings, WorkflowStep, WorkflowTrigger };

/** What the builder edits: a definition as the API stores it (defaults filled in). */
export interface Draft {
  trigger: WorkflowTrigger;
  steps: WorkflowStep[];
  settings?: WorkflowSettings;
}

export type RecordType = 'contact' | 'account' | 'deal' | 'activity';
export const recordTypes: readonly RecordType[] = ['contact', 'account', 'deal', 'activity'];
export type TriggerType = WorkflowTrigger['type'];
export const triggerTypes: readonly TriggerType[] = [
  'record.created',
  'record.updated',
  'date',
  'schedule',
  'manual',
  'webhook',
];

/** The built-in step kinds, in the order the "add a step" menu shows them. */
export const builtInKinds: readonly BuiltInStepKind[] = [
  'createTask',
  'notify',
  'sendEmail',
  'assign',
  'updateFields',
  'approval',
  'waitForEvent',
  'delay',
  'waitUntil',
  'condition',
  'actionPlan',
  'webhook',
  'summarizePipeline',
];

/** Kinds allowed in an SLA escalation ladder (actions that finish at once). */
export const escalationKinds: readonly BuiltInStepKind[] = [
  'createTask',
  'assign',
  'updateFields',
  'sendEmail',
  'notify',
  'webhook',
];

export function isBuiltInKind(kind: string): kind is BuiltInStepKind {
  return (builtInKinds as readonly string[]).includes(kind);
}

/** A plugin step kind: `<pluginId>.<name>`. */
export function isPluginKind(kind: string): kind is `${string}.${string}` {
  return /^[a-z][a-z0-9-]*\.[a-zA-Z][a-zA-Z0-9_]*$/.test(kind);
}

/**
 * Where a list of steps sits in the tree: the main list is `[]`; `[{ index: 2, branch: 'then' }]` is
 * the `then` list of the third step. A branch key is the path from the step to its list.
 */
export type ListAddress = readonly { index: number; branch: string }[];
export interface StepAddress {
  list: ListAddress;
  index: number;
}

/** The definition path of a list (`steps.2.then`) or of a step (`steps.2.then.0`), as validation reports it. */
export function listPath(list: ListAddress): string {
  return ['steps', ...list.map((part) => `${part.index}.${part.branch}`)].join('.');
}
export function stepPath(address: StepAddress): string {
  return `${listPath(address.list)}.${address.index}`;
}

export interface Branch {
  key: string;
  steps: WorkflowStep[];
  /** 'then' | 'else' for conditions; the percent of the SLA for escalations. */
  label: { type: 'then' | 'else' } | { type: 'escalation'; percent: number };
  /** Kinds that may be added to the branch. */
  allowed: readonly BuiltInStepKind[] | 'all';
}

/** The nested step lists of a step: a condition's branches, an SLA's escalation ladder. */
export function branchesOf(step: WorkflowStep): Branch[] {
  switch (step.kind) {
    case 'condition':
      return [
        { key: 'then', steps: step.then, label: { type: 'then' }, allowed: 'all' },
        { key: 'else', steps: step.else ?? [], label: { type: 'else' }, allowed: 'all' },
      ];
    case 'approval':
    case 'waitForEvent':
      return (step.sla?.escalations ?? []).map((escalation, i) => ({
        key: `sla.escalations.${i}.steps`,
        steps: escalation.steps,
        label: { type: 'escalation', percent: escalation.atPercent },
        allowed: escalationKinds,
      }));
    default:
      return [];
  }
}

function withBranch(step: WorkflowStep, key: string, steps: WorkflowStep[]): WorkflowStep {
  if (step.kind === 'condition') {
    if (key === 'then') return { ...step, then: steps };
    if (key === 'else') return { ...step, else: steps };
  }
  if ((step.kind === 'approval' || step.kind === 'waitForEvent') && step.sla) {
    const index = Number(key.split('.')[2]);
    const escalations = step.sla.escalations.map((e, i) => (i === index ? { ...e, steps } : e));
    return { ...step, sla: { ...step.sla, escalations } };
  }
  return step;
}

/** The steps of a list. */
export function listAt(steps: WorkflowStep[], list: ListAddress): WorkflowStep[] {
  let current = steps;
  for (const part of list) {
    const step = current[part.index];
    const branch = step ? branchesOf(step).find((b) => b.key === part.branch) : undefined;
    if (!branch) return [];
    current = branch.steps;
  }
  return current;
}

export function stepAt(steps: WorkflowStep[], address: StepAddress): WorkflowStep | undefined {
  return listAt(steps, address.list)[address.index];
}

/** Returns the steps with one list replaced by what `change` makes of it (immutable). */
export function updateList(
  steps: WorkflowStep[],
  list: ListAddress,
  change: (list: WorkflowStep[]) => WorkflowStep[],
): WorkflowStep[] {
  const [head, ...rest] = list;
  if (!head) return change(steps);
  return steps.map((step, i) => {
    if (i !== head.index) return step;
    const branch = branchesOf(step).find((b) => b.key === head.branch);
    return branch ? withBranch(step, head.branch, updateList(branch.steps, rest, change)) : step;
  });
}

export function replaceStep(steps: WorkflowStep[], address: StepAddress, step: WorkflowStep): WorkflowStep[] {
  return updateList(steps, address.list, (list) => list.map((s, i) => (i === address.index ? step : s)));
}

export function removeStep(steps: WorkflowStep[], address: StepAddress): WorkflowStep[] {
  return updateList(steps, address.list, (list) => list.filter((_, i) => i !== address.index));
}

export function insertStep(
  steps: WorkflowStep[],
  list: ListAddress,
  index: number,
  step: WorkflowStep,
): WorkflowStep[] {
  return updateList(steps, list, (current) => [...current.slice(0, index), step, ...current.slice(index)]);
}

export function moveStep(steps: WorkflowStep[], address: StepAddress, by: -1 | 1): WorkflowStep[] {
  return updateList(steps, address.list, (list) => {
    const to = address.index + by;
    const moving = list[address.index];
    if (!moving || to < 0 || to >= list.length) return list;
    const rest = list.filter((_, i) => i !== address.index);
    return [...rest.slice(0, to), moving, ...rest.slice(to)];
  });
}

/** Every step id in the tree (ids are unique across the whole definition). */
export function allStepIds(steps: readonly WorkflowStep[]): string[] {
  return steps.flatMap((step) => [step.id, ...branchesOf(step).flatMap((b) => allStepIds(b.steps))]);
}

/** A fresh id for a new step of a kind: `createTask`, `createTask2`, … */
export function newStepId(steps: readonly WorkflowStep[], kind: string): string {
  const base = kind.includes('.') ? (kind.split('.')[1] ?? 'step') : kind;
  const taken = new Set(allStepIds(steps));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/** The record type the trigger is about (null for schedules and bare webhooks). */
export function triggerRecordType(trigger: WorkflowTrigger): RecordType | null {
  return trigger.type === 'schedule' ? null : (trigger.recordType ?? null);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDraft(value: Record<string, unknown>): value is Record<string, unknown> & Draft {
  return (
    isObject(value.trigger) &&
    typeof value.trigger.type === 'string' &&
    (triggerTypes as readonly string[]).includes(value.trigger.type) &&
    Array.isArray(value.steps) &&
    value.steps.every(
      (step) => isObject(step) && typeof step.id === 'string' && typeof step.kind === 'string',
    )
  );
}

/**
 * A stored definition as the builder's draft. The API stores only definitions its validator accepted
 * (defaults filled in), so the shape is checked here only as far as the graph needs it.
 */
export function toDraft(definition: Record<string, unknown>): Draft | null {
  if (!isDraft(definition)) return null;
  const { trigger, steps, settings } = definition;
  return settings ? { trigger, steps, settings } : { trigger, steps };
}
