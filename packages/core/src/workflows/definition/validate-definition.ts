import type { z } from 'zod';
import type { FieldIssue } from '../../errors/index.js';
import { ExpressionError } from '../expressions/errors.js';
import { parseExpression } from '../expressions/parser.js';
import { referencesOf } from '../expressions/references.js';
import { parseTemplate } from '../expressions/template.js';
import {
  customFieldPath,
  dateFields,
  watchableFields,
  writableFields,
  type WorkflowRecordType,
} from './common.schema.js';
import { cronProblem, isKnownTimeZone } from './cron.js';
import {
  defaultSettings,
  definitionEnvelope,
  shallowSchemas,
  workflowSettings,
  type WorkflowDefinition,
  type WorkflowStep,
} from './definition.schema.js';
import { stepExpressions, type ExpressionSite } from './step-expressions.js';
import {
  builtInStepKinds,
  definitionLimits,
  escalationStepKinds,
  pluginStep,
  type BuiltInStepKind,
} from './step.schema.js';
import type { StepTypeRegistry } from './step-types.js';
import { workflowTrigger, type WorkflowTrigger } from './trigger.schema.js';

/** The variables an expression may start from. */
export const expressionRoots = ['record', 'trigger', 'steps', 'now', 'workflow'] as const;

export type DefinitionCheck =
  { valid: true; definition: WorkflowDefinition; issues: [] } | { valid: false; issues: FieldIssue[] };

interface Walk {
  issues: FieldIssue[];
  stepTypes: StepTypeRegistry;
  recordType: WorkflowRecordType | null;
  /** Step ids in document order so far, with their kinds: later steps may read `steps.<id>`. */
  seen: Map<string, string>;
  count: number;
}

const isBuiltIn = (kind: string): kind is BuiltInStepKind =>
  (builtInStepKinds as readonly string[]).includes(kind);
const join = (...parts: (string | number)[]) => parts.filter((p) => p !== '').join('.');

function zodIssues(walk: Walk, error: z.ZodError, prefix: string): void {
  for (const issue of error.issues) {
    walk.issues.push({ field: join(prefix, ...issue.path.map(String)), message: issue.message });
  }
}

/**
 * Checks a workflow definition completely and reports every problem with its path in the definition
 * (`steps.2.then.0.subject`): shape of the trigger and of each step (plugin steps by their plugin's
 * schema), unique step ids, expressions and templates, references to earlier steps, fields of the
 * record type, cron and time zone, action-plan dependencies, size limits. Pure: no database.
 */
export function validateDefinition(raw: unknown, stepTypes: StepTypeRegistry): DefinitionCheck {
  const walk: Walk = { issues: [], stepTypes, recordType: null, seen: new Map(), count: 0 };
  const envelope = definitionEnvelope.safeParse(raw);
  if (!envelope.success) {
    zodIssues(walk, envelope.error, '');
    return { valid: false, issues: walk.issues };
  }
  const trigger = workflowTrigger.safeParse(envelope.data.trigger);
  if (trigger.success) {
    const data = trigger.data;
    walk.recordType = 'recordType' in data && data.recordType ? data.recordType : null;
    checkTrigger(walk, data);
  } else {
    zodIssues(walk, trigger.error, 'trigger');
  }
  const settings = workflowSettings.safeParse(envelope.data.settings ?? defaultSettings);
  if (!settings.success) zodIssues(walk, settings.error, 'settings');
  else if (!isKnownTimeZone(settings.data.timeZone)) {
    walk.issues.push({ field: 'settings.timeZone', message: 'is not a known IANA time zone' });
  }
  const steps = checkSteps(walk, envelope.data.steps, 'steps', 0);
  if (walk.issues.length > 0 || !trigger.success || !settings.success)
    return { valid: false, issues: walk.issues };
  return {
    valid: true,
    definition: { schemaVersion: 1, trigger: trigger.data, steps, settings: settings.data },
    issues: [],
  };
}

function checkTrigger(walk: Walk, trigger: WorkflowTrigger): void {
  const record = walk.recordType;
  if ('condition' in trigger && trigger.condition) {
    checkExpression(walk, { path: 'trigger.condition', source: trigger.condition, template: false });
  }
  if (trigger.type === 'record.updated' && record) {
    trigger.changes?.forEach((change, i) => {
      checkField(walk, record, change.field, `trigger.changes.${i}.field`, 'watch');
    });
  }
  if (trigger.type === 'date' && record) {
    const known = dateFields[record].includes(trigger.field) || customFieldPath.test(trigger.field);
    if (!known) {
      walk.issues.push({
        field: 'trigger.field',
        message: `is not a date field of a ${record}; one of: ${dateFields[record].join(', ')}, customFields.<key>`,
      });
    }
  }
  if (trigger.type === 'schedule') {
    const problem = cronProblem(trigger.cron);
    if (problem) walk.issues.push({ field: 'trigger.cron', message: problem });
    if (!isKnownTimeZone(trigger.timeZone)) {
      walk.issues.push({ field: 'trigger.timeZone', message: 'is not a known IANA time zone' });
    }
  }
}

function checkField(
  walk: Walk,
  record: WorkflowRecordType,
  field: string,
  path: string,
  use: 'watch' | 'write',
): void {
  const fields = use === 'watch' ? watchableFields[record] : writableFields[record];
  if (fields.includes(field) || customFieldPath.test(field)) return;
  walk.issues.push({
    field: path,
    message: `"${field}" is not a ${use === 'watch' ? '' : 'writable '}field of a ${record}; one of: ${fields.join(', ')}, customFields.<key>`,
  });
}

function checkSteps(walk: Walk, raw: unknown[], path: string, depth: number): WorkflowStep[] {
  if (depth >= definitionLimits.maxNesting) {
    walk.issues.push({
      field: path,
      message: `steps nest deeper than ${definitionLimits.maxNesting} levels`,
    });
    return [];
  }
  const out: WorkflowStep[] = [];
  raw.forEach((step, i) => {
    const checked = checkStep(walk, step, join(path, i), depth);
    if (checked) out.push(checked);
  });
  return out;
}

function checkStep(walk: Walk, raw: unknown, path: string, depth: number): WorkflowStep | null {
  walk.count += 1;
  if (walk.count === definitionLimits.maxSteps + 1) {
    walk.issues.push({ field: path, message: `a workflow has at most ${definitionLimits.maxSteps} steps` });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    walk.issues.push({ field: path, message: 'must be a step object with an id and a kind' });
    return null;
  }
  const kind = 'kind' in raw ? raw.kind : undefined;
  const id = 'id' in raw ? raw.id : undefined;
  if (typeof kind !== 'string') {
    walk.issues.push({
      field: join(path, 'kind'),
      message: `must be one of ${builtInStepKinds.join(', ')} or <plugin>.<step>`,
    });
    return null;
  }
  if (typeof id === 'string') {
    if (walk.seen.has(id))
      walk.issues.push({ field: join(path, 'id'), message: `step id "${id}" is used twice` });
  }
  const step = isBuiltIn(kind)
    ? checkBuiltIn(walk, kind, raw, path, depth)
    : checkPluginStep(walk, kind, raw, path);
  if (typeof id === 'string' && !walk.seen.has(id)) walk.seen.set(id, kind);
  return step;
}

function checkBuiltIn(
  walk: Walk,
  kind: BuiltInStepKind,
  raw: object,
  path: string,
  depth: number,
): WorkflowStep | null {
  const parsed = shallowSchemas[kind].safeParse(raw);
  if (!parsed.success) {
    zodIssues(walk, parsed.error, path);
    return null;
  }
  const step = parsed.data;
  for (const site of stepExpressions(step)) checkExpression(walk, { ...site, path: join(path, site.path) });
  checkKindRules(walk, step, path);
  // Nested steps: checked one by one (exact paths), then put back fully typed.
  switch (step.kind) {
    case 'condition': {
      const { else: elseSteps, then: thenSteps, ...rest } = step;
      const then = checkSteps(walk, thenSteps, join(path, 'then'), depth + 1);
      if (!elseSteps) return { ...rest, then };
      return { ...rest, then, else: checkSteps(walk, elseSteps, join(path, 'else'), depth + 1) };
    }
    case 'waitForEvent':
    case 'approval': {
      if (!step.sla) return { ...step, sla: undefined };
      const escalations = step.sla.escalations.map((escalation, i) => {
        const at = join(path, 'sla', 'escalations', i, 'steps');
        escalation.steps.forEach((nested, j) => {
          const nestedKind = typeof nested.kind === 'string' ? nested.kind : '';
          if (isBuiltIn(nestedKind) && !escalationStepKinds.includes(nestedKind)) {
            walk.issues.push({
              field: join(at, j, 'kind'),
              message: `an escalation can run ${escalationStepKinds.join(', ')}`,
            });
          }
        });
        return { ...escalation, steps: checkSteps(walk, escalation.steps, at, depth + 1) };
      });
      return { ...step, sla: { ...step.sla, escalations } };
    }
    default:
      return step;
  }
}

function checkKindRules(
  walk: Walk,
  step: z.output<(typeof shallowSchemas)[BuiltInStepKind]>,
  path: string,
): void {
  const record = walk.recordType;
  const needsRecord = (what: string) => {
    if (!record)
      walk.issues.push({ field: join(path, 'kind'), message: `${what} needs a trigger with a record type` });
  };
  switch (step.kind) {
    case 'updateFields':
      needsRecord('updateFields');
      if (record)
        for (const field of Object.keys(step.set))
          checkField(walk, record, field, join(path, 'set', field), 'write');
      return;
    case 'assign':
      needsRecord('assign');
      if (record && step.rule.type === 'territory')
        checkField(walk, record, step.rule.field, join(path, 'rule', 'field'), 'watch');
      return;
    case 'waitForEvent':
      if (step.event.type === 'recordUpdated') {
        needsRecord('waiting for a record update');
        if (record)
          step.event.changes?.forEach((c, i) => {
            checkField(walk, record, c.field, join(path, 'event', 'changes', i, 'field'), 'watch');
          });
      }
      if (step.event.type === 'taskCompleted' && walk.seen.get(step.event.taskStep) !== 'createTask') {
        walk.issues.push({
          field: join(path, 'event', 'taskStep'),
          message: `must name an earlier createTask step`,
        });
      }
      return;
    case 'actionPlan':
      checkPlan(walk, step.tasks, path);
      return;
    default:
      return;
  }
}

function checkPlan(walk: Walk, tasks: { key: string; dependsOn: string[] }[], path: string): void {
  const keys = new Map<string, number>();
  tasks.forEach((task, i) => {
    if (keys.has(task.key))
      walk.issues.push({
        field: join(path, 'tasks', i, 'key'),
        message: `task key "${task.key}" is used twice`,
      });
    keys.set(task.key, i);
  });
  tasks.forEach((task, i) => {
    task.dependsOn.forEach((dep, j) => {
      if (!keys.has(dep))
        walk.issues.push({
          field: join(path, 'tasks', i, 'dependsOn', j),
          message: `no task has key "${dep}"`,
        });
    });
  });
  // A dependency cycle would leave no task to start with.
  const state = new Map<string, 'visiting' | 'done'>();
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const visit = (key: string): boolean => {
    if (state.get(key) === 'done') return false;
    if (state.get(key) === 'visiting') return true;
    state.set(key, 'visiting');
    const cyclic = (byKey.get(key)?.dependsOn ?? []).some(visit);
    state.set(key, 'done');
    return cyclic;
  };
  for (const task of tasks) {
    if (visit(task.key)) {
      walk.issues.push({
        field: join(path, 'tasks'),
        message: `task dependencies form a cycle through "${task.key}"`,
      });
      return;
    }
  }
}

function checkPluginStep(walk: Walk, kind: string, raw: object, path: string): WorkflowStep | null {
  const type = walk.stepTypes.get(kind);
  if (!type) {
    walk.issues.push({
      field: join(path, 'kind'),
      message: `unknown step kind "${kind}"; built-in kinds: ${builtInStepKinds.join(', ')}`,
    });
    return null;
  }
  const parsed = pluginStep.safeParse(raw);
  if (!parsed.success) {
    zodIssues(walk, parsed.error, path);
    return null;
  }
  const input = type.input.safeParse(parsed.data.input);
  if (!input.success) {
    zodIssues(walk, input.error, join(path, 'input'));
    return null;
  }
  return { ...parsed.data, kind: `${walk.stepTypes.pluginOf(kind)}.${kind.slice(kind.indexOf('.') + 1)}` };
}

function checkExpression(walk: Walk, site: ExpressionSite): void {
  try {
    const nodes = site.template
      ? parseTemplate(site.source).flatMap((part) => ('expression' in part ? [part.expression] : []))
      : [parseExpression(site.source)];
    for (const node of nodes) {
      for (const reference of referencesOf(node)) checkReference(walk, reference, site.path);
    }
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    walk.issues.push({ field: site.path, message: `${error.message} (at character ${error.position + 1})` });
  }
}

function checkReference(walk: Walk, reference: string[], path: string): void {
  const [root = '', stepName] = reference;
  if (!(expressionRoots as readonly string[]).includes(root)) {
    walk.issues.push({
      field: path,
      message: `unknown variable "${root}"; use one of ${expressionRoots.join(', ')}`,
    });
    return;
  }
  if (root === 'record' && !walk.recordType) {
    walk.issues.push({ field: path, message: '"record" is empty: the trigger has no record type' });
  }
  if (root === 'steps' && stepName !== undefined && !walk.seen.has(stepName)) {
    walk.issues.push({ field: path, message: `"steps.${stepName}" is not an earlier step` });
  }
}
