import type { z } from 'zod';
import type { shallowSchemas } from './definition.schema.js';
import type { BuiltInStepKind } from './step.schema.js';

/** Where a step holds an expression or a `{{ }}` template, relative to the step. */
export interface ExpressionSite {
  path: string;
  source: string;
  template: boolean;
}

type Step = z.output<(typeof shallowSchemas)[BuiltInStepKind]>;

const expr = (path: string, source: string | undefined): ExpressionSite[] =>
  source === undefined ? [] : [{ path, source, template: false }];
const tpl = (path: string, source: string | undefined): ExpressionSite[] =>
  source === undefined ? [] : [{ path, source, template: true }];

/** Every expression and template of one step (not of its nested steps). */
export function stepExpressions(step: Step): ExpressionSite[] {
  switch (step.kind) {
    case 'condition':
      return expr('if', step.if);
    case 'waitUntil':
      return expr('date', step.date);
    case 'waitForEvent':
      return step.event.type === 'recordUpdated' ? expr('event.condition', step.event.condition) : [];
    case 'createTask':
      return [...tpl('subject', step.subject), ...tpl('body', step.body)];
    case 'updateFields':
      return Object.entries(step.set).flatMap(([field, value]) =>
        typeof value === 'object' && value !== null ? expr(`set.${field}.expression`, value.expression) : [],
      );
    case 'sendEmail':
      return [...tpl('subject', step.subject), ...tpl('body', step.body)];
    case 'notify':
      return [...tpl('title', step.title), ...tpl('body', step.body)];
    case 'webhook':
      return tpl('body', step.body);
    case 'approval':
      return [...tpl('title', step.title), ...tpl('description', step.description)];
    case 'actionPlan':
      return step.tasks.flatMap((task, i) => [
        ...tpl(`tasks.${i}.subject`, task.subject),
        ...tpl(`tasks.${i}.body`, task.body),
      ]);
    default:
      return [];
  }
}
