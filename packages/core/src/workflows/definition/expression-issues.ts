import type { FieldIssue } from '../../errors/index.js';
import { ExpressionError } from '../expressions/errors.js';
import { parseExpression } from '../expressions/parser.js';
import { referencesOf } from '../expressions/references.js';
import { parseTemplate } from '../expressions/template.js';
import type { WorkflowRecordType } from './common.schema.js';
import type { ExpressionSite } from './step-expressions.js';

/** The variables an expression may start from. */
export const expressionRoots = ['record', 'trigger', 'steps', 'now', 'workflow'] as const;

/** What an expression may refer to at its place in the definition. */
export interface ExpressionScope {
  recordType: WorkflowRecordType | null;
  /** Ids of the steps before this one: `steps.<id>` may name only these. */
  seen: ReadonlyMap<string, string>;
}

/** The problems of one expression or template: syntax (with the character), unknown variables and steps. */
export function expressionIssues(scope: ExpressionScope, site: ExpressionSite): FieldIssue[] {
  try {
    const nodes = site.template
      ? parseTemplate(site.source).flatMap((part) => ('expression' in part ? [part.expression] : []))
      : [parseExpression(site.source)];
    return nodes.flatMap((node) =>
      referencesOf(node).flatMap((reference) => referenceIssues(scope, reference, site.path)),
    );
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return [{ field: site.path, message: `${error.message} (at character ${error.position + 1})` }];
  }
}

function referenceIssues(scope: ExpressionScope, reference: string[], path: string): FieldIssue[] {
  const [root = '', stepName] = reference;
  if (!(expressionRoots as readonly string[]).includes(root)) {
    return [{ field: path, message: `unknown variable "${root}"; use one of ${expressionRoots.join(', ')}` }];
  }
  const issues: FieldIssue[] = [];
  if (root === 'record' && !scope.recordType) {
    issues.push({ field: path, message: '"record" is empty: the trigger has no record type' });
  }
  if (root === 'steps' && stepName !== undefined && !scope.seen.has(stepName)) {
    issues.push({ field: path, message: `"steps.${stepName}" is not an earlier step` });
  }
  return issues;
}
