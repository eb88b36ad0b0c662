import type { BinaryOperator, ExpressionNode } from './ast.js';
import { ExpressionError, expressionLimits } from './errors.js';
import { expressionFunctions } from './functions.js';
import { parseExpression } from './parser.js';
import {
  equal,
  isObject,
  limitString,
  readProperty,
  toNumber,
  toText,
  truthy,
  type Value,
} from './values.js';

/** The variables an expression sees: `record`, `trigger`, `steps`, `now`, ... (see docs/workflows.md). */
export type Scope = { readonly [name: string]: Value };

interface Budget {
  steps: number;
}

/** Evaluates a parsed expression against a scope. Pure: same tree and scope, same answer. */
export function evaluate(node: ExpressionNode, scope: Scope): Value {
  return visit(node, scope, { steps: 0 });
}

/** Parses and evaluates in one go (conditions are parsed at validation time too, so this only fails on data). */
export function evaluateExpression(source: string, scope: Scope): Value {
  return evaluate(parseExpression(source), scope);
}

function visit(node: ExpressionNode, scope: Scope, budget: Budget): Value {
  budget.steps += 1;
  if (budget.steps > expressionLimits.maxSteps) {
    throw new ExpressionError(`The expression took more than ${expressionLimits.maxSteps} steps`, 0);
  }
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'identifier':
      return Object.hasOwn(scope, node.name) ? (scope[node.name] ?? null) : null;
    case 'member':
      return readProperty(visit(node.object, scope, budget), node.property, node.position);
    case 'index':
      return readProperty(visit(node.object, scope, budget), visit(node.index, scope, budget), node.position);
    case 'unary': {
      const operand = visit(node.operand, scope, budget);
      if (node.operator === '!') return !truthy(operand);
      const n = toNumber(operand);
      return n === null ? null : -n;
    }
    case 'logical': {
      const left = visit(node.left, scope, budget);
      if (node.operator === '&&') return truthy(left) ? visit(node.right, scope, budget) : left;
      return truthy(left) ? left : visit(node.right, scope, budget);
    }
    case 'conditional':
      return truthy(visit(node.test, scope, budget))
        ? visit(node.consequent, scope, budget)
        : visit(node.alternate, scope, budget);
    case 'binary':
      return binary(
        node.operator,
        visit(node.left, scope, budget),
        visit(node.right, scope, budget),
        node.position,
      );
    case 'call': {
      const call = Object.hasOwn(expressionFunctions, node.name) ? expressionFunctions[node.name] : undefined;
      if (!call) throw new ExpressionError(`Unknown function "${node.name}"`, node.position);
      return call(
        node.args.map((arg) => visit(arg, scope, budget)),
        node.position,
      );
    }
    case 'array':
      return node.elements.map((element) => visit(element, scope, budget));
  }
}

function binary(operator: BinaryOperator, left: Value, right: Value, position: number): Value {
  switch (operator) {
    case '==':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(operator, left, right);
    case 'in':
      if (Array.isArray(right)) return right.some((item) => equal(item, left));
      if (typeof right === 'string') return right.includes(toText(left));
      if (isObject(right) && typeof left === 'string') return Object.hasOwn(right, left);
      return false;
    case '+': {
      const a = toNumber(left);
      const b = toNumber(right);
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      if (typeof left === 'string' || typeof right === 'string') {
        return limitString(toText(left) + toText(right), position);
      }
      return a === null || b === null ? null : a + b;
    }
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(operator, toNumber(left), toNumber(right), position);
  }
}

function compare(operator: '<' | '<=' | '>' | '>=', left: Value, right: Value): boolean {
  const a = toNumber(left);
  const b = toNumber(right);
  let order: number;
  if (a !== null && b !== null) order = a - b;
  else if (typeof left === 'string' && typeof right === 'string')
    order = left < right ? -1 : left > right ? 1 : 0;
  else return false;
  if (operator === '<') return order < 0;
  if (operator === '<=') return order <= 0;
  if (operator === '>') return order > 0;
  return order >= 0;
}

function arithmetic(
  operator: '-' | '*' | '/' | '%',
  a: number | null,
  b: number | null,
  position: number,
): Value {
  if (a === null || b === null) return null;
  if ((operator === '/' || operator === '%') && b === 0)
    throw new ExpressionError('Division by zero', position);
  if (operator === '-') return a - b;
  if (operator === '*') return a * b;
  if (operator === '/') return a / b;
  return a % b;
}
