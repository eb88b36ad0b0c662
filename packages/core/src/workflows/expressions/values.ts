import { ExpressionError, expressionLimits, forbiddenKeys } from './errors.js';

/** What expressions compute with: JSON values. Dates travel as ISO-8601 strings. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export function isObject(value: Value): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function truthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return true;
  return Boolean(value);
}

/** A number from a number or a numeric string (deal amounts arrive as decimal strings); else null. */
export function toNumber(value: Value): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

export function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function equal(a: Value, b: Value): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== null && y !== null) return x === y;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads an own property of an object or an element of an array; anything else is null. */
export function readProperty(target: Value, key: Value, position: number): Value {
  if (Array.isArray(target)) {
    const i = toNumber(key);
    if (i === null || !Number.isInteger(i)) return null;
    return target[i < 0 ? target.length + i : i] ?? null;
  }
  if (!isObject(target) || typeof key !== 'string') return null;
  if (forbiddenKeys.has(key)) throw new ExpressionError(`"${key}" cannot be read`, position);
  return Object.hasOwn(target, key) ? (target[key] ?? null) : null;
}

export function limitString(value: string, position: number): string {
  if (value.length > expressionLimits.maxStringLength) {
    throw new ExpressionError(
      `The result is longer than ${expressionLimits.maxStringLength} characters`,
      position,
    );
  }
  return value;
}

/**
 * Turns data from outside (a record read from the database, a webhook body) into expression values:
 * a copy made of plain objects with no prototype to reach, dates as ISO strings, functions and
 * undefined dropped.
 */
export function toValue(input: unknown, depth = 0): Value {
  if (depth > 64) return null;
  if (input === null || input === undefined) return null;
  if (typeof input === 'string' || typeof input === 'boolean') return input;
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'bigint') return input.toString();
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString();
  if (Array.isArray(input)) return input.map((item) => toValue(item, depth + 1));
  if (typeof input === 'object') {
    if ('toJSON' in input && typeof input.toJSON === 'function') {
      return toValue((input.toJSON as () => unknown)(), depth + 1);
    }
    const out: { [key: string]: Value } = {};
    for (const [key, item] of Object.entries(input)) {
      if (forbiddenKeys.has(key) || typeof item === 'function' || item === undefined) continue;
      out[key] = toValue(item, depth + 1);
    }
    return out;
  }
  return null;
}
