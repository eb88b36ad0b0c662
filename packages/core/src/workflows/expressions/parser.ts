import type { BinaryOperator, ExpressionNode } from './ast.js';
import { ExpressionError, expressionLimits, forbiddenKeys } from './errors.js';
import { expressionFunctions } from './functions.js';
import { tokenize, type Token } from './lexer.js';

const binaryPrecedence: Record<string, number> = {
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '===': 4,
  '!==': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  in: 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7,
};
const keywords: Record<string, boolean | null> = { true: true, false: false, null: null };

/** Parses an expression into its syntax tree, or throws ExpressionError with the offending position. */
export function parseExpression(source: string): ExpressionNode {
  const parser = new Parser(tokenize(source));
  const node = parser.expression(0);
  parser.expectEnd();
  return node;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    // tokenize always ends with an `end` token, and `next` never moves past it.
    return this.tokens[this.index] ?? { type: 'end', value: '', position: 0 };
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private is(value: string): boolean {
    const token = this.peek();
    return (token.type === 'punctuation' || token.type === 'operator') && token.value === value;
  }

  private expect(value: string): Token {
    const token = this.next();
    if ((token.type !== 'punctuation' && token.type !== 'operator') || token.value !== value) {
      throw new ExpressionError(`Expected "${value}" but found ${describe(token)}`, token.position);
    }
    return token;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.type !== 'end') throw new ExpressionError(`Unexpected ${describe(token)}`, token.position);
  }

  private enter(position: number): void {
    this.depth += 1;
    if (this.depth > expressionLimits.maxDepth) {
      throw new ExpressionError(
        `The expression nests deeper than ${expressionLimits.maxDepth} levels`,
        position,
      );
    }
  }

  expression(minPrecedence: number): ExpressionNode {
    this.enter(this.peek().position);
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token.type === 'punctuation' && token.value === '?' && minPrecedence <= 1) {
        this.next();
        const consequent = this.expression(0);
        this.expect(':');
        const alternate = this.expression(1);
        left = { type: 'conditional', test: left, consequent, alternate };
        continue;
      }
      const op =
        token.type === 'operator' || (token.type === 'identifier' && token.value === 'in') ? token.value : '';
      const precedence = binaryPrecedence[op];
      if (precedence === undefined || precedence <= minPrecedence) break;
      this.next();
      const right = this.expression(precedence);
      if (op === '&&' || op === '||') left = { type: 'logical', operator: op, left, right };
      else left = { type: 'binary', operator: normalise(op), left, right, position: token.position };
    }
    this.depth -= 1;
    return left;
  }

  private unary(): ExpressionNode {
    const token = this.peek();
    if (token.type === 'operator' && (token.value === '!' || token.value === '-')) {
      this.next();
      this.enter(token.position);
      const operand = this.unary();
      this.depth -= 1;
      return { type: 'unary', operator: token.value, operand };
    }
    return this.postfix(this.primary());
  }

  private postfix(start: ExpressionNode): ExpressionNode {
    let node = start;
    for (;;) {
      if (this.is('.')) {
        this.next();
        const name = this.next();
        if (name.type !== 'identifier') {
          throw new ExpressionError(
            `Expected a field name after "." but found ${describe(name)}`,
            name.position,
          );
        }
        assertReadable(name.value, name.position);
        node = { type: 'member', object: node, property: name.value, position: name.position };
      } else if (this.is('[')) {
        const open = this.next();
        const index = this.expression(0);
        this.expect(']');
        if (index.type === 'literal' && typeof index.value === 'string')
          assertReadable(index.value, open.position);
        node = { type: 'index', object: node, index, position: open.position };
      } else {
        return node;
      }
    }
  }

  private primary(): ExpressionNode {
    const token = this.next();
    switch (token.type) {
      case 'number':
        return { type: 'literal', value: Number(token.value) };
      case 'string':
        return { type: 'literal', value: token.value };
      case 'identifier':
        return this.identifier(token);
      case 'punctuation':
        if (token.value === '(') {
          const inner = this.expression(0);
          this.expect(')');
          return inner;
        }
        if (token.value === '[') return { type: 'array', elements: this.list(']') };
        break;
      default:
        break;
    }
    throw new ExpressionError(`Unexpected ${describe(token)}`, token.position);
  }

  private identifier(token: Token): ExpressionNode {
    if (Object.hasOwn(keywords, token.value))
      return { type: 'literal', value: keywords[token.value] ?? null };
    if (this.is('(')) {
      if (!Object.hasOwn(expressionFunctions, token.value)) {
        throw new ExpressionError(`Unknown function "${token.value}"`, token.position);
      }
      this.next();
      return { type: 'call', name: token.value, args: this.list(')'), position: token.position };
    }
    assertReadable(token.value, token.position);
    return { type: 'identifier', name: token.value, position: token.position };
  }

  /** Comma-separated expressions up to `close` (consumed). */
  private list(close: string): ExpressionNode[] {
    const items: ExpressionNode[] = [];
    if (this.is(close)) {
      this.next();
      return items;
    }
    for (;;) {
      items.push(this.expression(0));
      if (this.is(',')) {
        this.next();
        continue;
      }
      this.expect(close);
      return items;
    }
  }
}

const binaryOperators: readonly BinaryOperator[] = [
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  '+',
  '-',
  '*',
  '/',
  '%',
];

function normalise(op: string): BinaryOperator {
  if (op === '===') return '==';
  if (op === '!==') return '!=';
  const known = binaryOperators.find((candidate) => candidate === op);
  if (!known) throw new ExpressionError(`Unknown operator "${op}"`, 0);
  return known;
}

function assertReadable(name: string, position: number): void {
  if (forbiddenKeys.has(name)) throw new ExpressionError(`"${name}" cannot be read`, position);
}

function describe(token: Token): string {
  return token.type === 'end' ? 'the end of the expression' : `"${token.value}"`;
}
