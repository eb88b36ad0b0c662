import { ExpressionError, expressionLimits } from './errors.js';

export type TokenType = 'number' | 'string' | 'identifier' | 'operator' | 'punctuation' | 'end';

export interface Token {
  type: TokenType;
  value: string;
  position: number;
}

const operators = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%', '!'];
const punctuation = new Set(['(', ')', '[', ']', ',', '.', '?', ':']);
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => /[A-Za-z_$]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$]/.test(c);

/** Splits an expression into tokens; the last one is always `end`. */
export function tokenize(source: string): Token[] {
  if (source.length > expressionLimits.maxExpressionLength) {
    throw new ExpressionError(
      `The expression is longer than ${expressionLimits.maxExpressionLength} characters`,
      expressionLimits.maxExpressionLength,
    );
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < source.length && isDigit(source.charAt(i))) i += 1;
      if (source.charAt(i) === '.' && isDigit(source.charAt(i + 1))) {
        i += 1;
        while (i < source.length && isDigit(source.charAt(i))) i += 1;
      }
      tokens.push({ type: 'number', value: source.slice(start, i), position: start });
      continue;
    }
    if (c === "'" || c === '"') {
      tokens.push({ type: 'string', value: readString(source, start), position: start });
      i = skipString(source, start);
      continue;
    }
    if (isIdentStart(c)) {
      while (i < source.length && isIdentPart(source.charAt(i))) i += 1;
      tokens.push({ type: 'identifier', value: source.slice(start, i), position: start });
      continue;
    }
    const operator = operators.find((op) => source.startsWith(op, i));
    if (operator) {
      tokens.push({ type: 'operator', value: operator, position: start });
      i += operator.length;
      continue;
    }
    if (punctuation.has(c)) {
      tokens.push({ type: 'punctuation', value: c, position: start });
      i += 1;
      continue;
    }
    throw new ExpressionError(`Unexpected character "${c}"`, start);
  }
  tokens.push({ type: 'end', value: '', position: source.length });
  return tokens;
}

function skipString(source: string, start: number): number {
  const quote = source.charAt(start);
  let i = start + 1;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else i += 1;
  }
  throw new ExpressionError('Unterminated string', start);
}

function readString(source: string, start: number): string {
  const quote = source.charAt(start);
  let out = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === quote) return out;
    if (c === '\\') {
      const next = source.charAt(i + 1);
      const escaped = escapes[next];
      if (escaped === undefined) throw new ExpressionError(`Unknown escape "\\${next}"`, i);
      out += escaped;
      i += 2;
      continue;
    }
    out += c;
    i += 1;
  }
  throw new ExpressionError('Unterminated string', start);
}
