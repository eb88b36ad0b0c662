import type { ExpressionNode } from './ast.js';
import { ExpressionError, expressionLimits } from './errors.js';
import { evaluate, type Scope } from './evaluate.js';
import { parseExpression } from './parser.js';
import { limitString, toText } from './values.js';

/** A parsed `{{ }}` template: literal text and expressions, in order. */
export type TemplatePart = { text: string } | { expression: ExpressionNode; source: string; offset: number };

/** Splits `Hello {{ record.firstName }}` into parts; every expression is parsed (errors carry the offset). */
export function parseTemplate(source: string): TemplatePart[] {
  if (source.length > expressionLimits.maxTemplateLength) {
    throw new ExpressionError(
      `The template is longer than ${expressionLimits.maxTemplateLength} characters`,
      expressionLimits.maxTemplateLength,
    );
  }
  const parts: TemplatePart[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open === -1) {
      parts.push({ text: source.slice(i) });
      break;
    }
    if (open > i) parts.push({ text: source.slice(i, open) });
    const close = source.indexOf('}}', open + 2);
    if (close === -1) throw new ExpressionError('"{{" is never closed with "}}"', open);
    const inner = source.slice(open + 2, close);
    try {
      parts.push({ expression: parseExpression(inner), source: inner.trim(), offset: open + 2 });
    } catch (error) {
      if (error instanceof ExpressionError)
        throw new ExpressionError(error.message, open + 2 + error.position);
      throw error;
    }
    i = close + 2;
  }
  return parts;
}

/** Renders a template: each expression's value as text (null as nothing, lists and objects as JSON). */
export function renderTemplate(source: string, scope: Scope): string {
  let out = '';
  for (const part of parseTemplate(source)) {
    out += 'text' in part ? part.text : toText(evaluate(part.expression, scope));
    limitString(out, 0);
  }
  return out;
}
