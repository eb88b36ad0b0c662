/**
 * An expression that does not parse or cannot be evaluated. `position` is the character offset in the
 * source where the problem was found (validation reports it next to the JSON path of the expression).
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';

  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** Limits that keep a tenant's expression from exhausting the worker or the API. */
export const expressionLimits = {
  /** Characters in one expression. */
  maxExpressionLength: 2_000,
  /** Characters in one `{{ }}` template (an e-mail body, say). */
  maxTemplateLength: 50_000,
  /** Nesting of parentheses, operators, calls and literals. */
  maxDepth: 32,
  /** Evaluation steps (node visits) per evaluation. */
  maxSteps: 10_000,
  /** Characters of any string an expression produces. */
  maxStringLength: 100_000,
} as const;

/** Names never readable on any value: reading them is how sandboxed code escapes to the prototype. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
