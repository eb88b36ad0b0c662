// The workflow expression language: pure, deterministic, bundled into the Temporal workflow sandbox.
// No Node APIs here (the sandbox has none), no eval, no access to prototypes.
export type { ExpressionNode } from './ast.js';
export { ExpressionError, expressionLimits } from './errors.js';
export { parseExpression } from './parser.js';
export { evaluate, evaluateExpression, type Scope } from './evaluate.js';
export { parseTemplate, renderTemplate, type TemplatePart } from './template.js';
export { referencesOf, type ReferencePath } from './references.js';
export { toValue, truthy, type Value } from './values.js';
export { expressionFunctions } from './functions.js';
export { readPath } from './read-path.js';
