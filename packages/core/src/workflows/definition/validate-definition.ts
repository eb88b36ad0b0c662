import type { z } from 'zod';
import type { FieldIssue } from '../../errors/index.js';
import {
  customFieldPath,
  dateFields,
  watchableFields,
  writableFields,
  type WorkflowRecordType,
} from './common.schema.js';
import { joinPath } from './path.js';
import { cronProblem, isKnownTimeZone } from './cron.js';
import {
  defaultSettings,
  definitionEnvelope,
  shallowSchemas,
  workflowSettings,
  type WorkflowDefinition,
  type WorkflowStep,
} from './definition.schema.js';
import { expressionIssues } from './expression-issues.js';
import { planIssues } from './plan-issues.js';
import { stepExpressions } from './step-expressions.js';
import {
  builtInStepKinds,
  definitionLimits,
  escalationStepKinds,
  pluginStep,
  type BuiltInStepKind,
} from './step.schema.js';
import type { StepTypeRegistry } from './step-types.js';
import { workflowTrigger, type WorkflowTrigger } from './trigger.schema.js';

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

function zodIssues(walk: Walk, error: z.ZodError, prefix: string): void {
  for (const issue of error.issues) {
    walk.issues.push({ field: joinPath(prefix, ...issue.path.map(String)), message: issue.message });
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
    walk.issues.push(
      ...expressionIssues(walk, { path: 'trigger.condition', source: trigger.condition, template: false }),
    );
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
    const checked = checkStep(walk, step, joinPath(path, i), depth);
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
      field: joinPath(path, 'kind'),
      message: `must be one of ${builtInStepKinds.join(', ')} or <plugin>.<step>`,
    });
    return null;
  }
  if (typeof id === 'string') {
    if (walk.seen.has(id))
      walk.issues.push({ field: joinPath(path, 'id'), message: `step id "${id}" is used twice` });
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
  for (const site of stepExpressions(step)) {
    walk.issues.push(...expressionIssues(walk, { ...site, path: joinPath(path, site.path) }));
  }
  checkKindRules(walk, step, path);
  // Nested steps: checked one by one (exact paths), then put back fully typed.
  switch (step.kind) {
    case 'condition': {
      const { else: elseSteps, then: thenSteps, ...rest } = step;
      const then = checkSteps(walk, thenSteps, joinPath(path, 'then'), depth + 1);
      if (!elseSteps) return { ...rest, then };
      return { ...rest, then, else: checkSteps(walk, elseSteps, joinPath(path, 'else'), depth + 1) };
    }
    case 'waitForEvent':
    case 'approval': {
      if (!step.sla) return { ...step, sla: undefined };
      const escalations = step.sla.escalations.map((escalation, i) => {
        const at = joinPath(path, 'sla', 'escalations', i, 'steps');
        escalation.steps.forEach((nested, j) => {
          const nestedKind = typeof nested.kind === 'string' ? nested.kind : '';
          if (isBuiltIn(nestedKind) && !escalationStepKinds.includes(nestedKind)) {
            walk.issues.push({
              field: joinPath(at, j, 'kind'),
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
      walk.issues.push({
        field: joinPath(path, 'kind'),
        message: `${what} needs a trigger with a record type`,
      });
  };
  switch (step.kind) {
    case 'updateFields':
      needsRecord('updateFields');
      if (record)
        for (const field of Object.keys(step.set))
          checkField(walk, record, field, joinPath(path, 'set', field), 'write');
      return;
    case 'assign':
      needsRecord('assign');
      if (record && step.rule.type === 'territory')
        checkField(walk, record, step.rule.field, joinPath(path, 'rule', 'field'), 'watch');
      return;
    case 'waitForEvent':
      if (step.event.type === 'recordUpdated') {
        needsRecord('waiting for a record update');
        if (record)
          step.event.changes?.forEach((c, i) => {
            checkField(walk, record, c.field, joinPath(path, 'event', 'changes', i, 'field'), 'watch');
          });
      }
      if (step.event.type === 'taskCompleted' && walk.seen.get(step.event.taskStep) !== 'createTask') {
        walk.issues.push({
          field: joinPath(path, 'event', 'taskStep'),
          message: `must name an earlier createTask step`,
        });
      }
      return;
    case 'actionPlan':
      walk.issues.push(...planIssues(step.tasks, path));
      return;
    default:
      return;
  }
}

function checkPluginStep(walk: Walk, kind: string, raw: object, path: string): WorkflowStep | null {
  const type = walk.stepTypes.get(kind);
  if (!type) {
    walk.issues.push({
      field: joinPath(path, 'kind'),
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
    zodIssues(walk, input.error, joinPath(path, 'input'));
    return null;
  }
  return { ...parsed.data, kind: `${walk.stepTypes.pluginOf(kind)}.${kind.slice(kind.indexOf('.') + 1)}` };
}
