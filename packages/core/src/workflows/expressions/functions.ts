import { ExpressionError } from './errors.js';
import { isObject, limitString, toNumber, toText, truthy, type Value } from './values.js';

type ExpressionFunction = (args: Value[], position: number) => Value;

const DAY_MS = 86_400_000;

function arity(name: string, args: Value[], min: number, max: number, position: number): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new ExpressionError(`${name}() takes ${expected} arguments, got ${args.length}`, position);
  }
}

function timeOf(value: Value): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  return Number.isNaN(time) ? null : time;
}

function numbers(args: Value[]): number[] {
  return args
    .flatMap((arg) => (Array.isArray(arg) ? arg : [arg]))
    .flatMap((arg) => {
      const n = toNumber(arg);
      return n === null ? [] : [n];
    });
}

function fn(name: string, min: number, max: number, body: (args: Value[]) => Value): ExpressionFunction {
  return (args, position) => {
    arity(name, args, min, max, position);
    const result = body(args);
    return typeof result === 'string' ? limitString(result, position) : result;
  };
}

/**
 * The functions expressions may call: pure, deterministic (no clock, no randomness: `now` is a
 * variable the interpreter supplies), total on any JSON input (wrong types give null, not a crash).
 */
export const expressionFunctions: Readonly<Record<string, ExpressionFunction>> = Object.freeze({
  len: fn('len', 1, 1, ([v = null]) =>
    typeof v === 'string' || Array.isArray(v) ? v.length : isObject(v) ? Object.keys(v).length : 0,
  ),
  lower: fn('lower', 1, 1, ([v = null]) => toText(v).toLowerCase()),
  upper: fn('upper', 1, 1, ([v = null]) => toText(v).toUpperCase()),
  trim: fn('trim', 1, 1, ([v = null]) => toText(v).trim()),
  contains: fn('contains', 2, 2, ([haystack = null, needle = null]) => {
    if (Array.isArray(haystack))
      return haystack.some((item) => JSON.stringify(item) === JSON.stringify(needle));
    return typeof haystack === 'string' && haystack.toLowerCase().includes(toText(needle).toLowerCase());
  }),
  startsWith: fn('startsWith', 2, 2, ([s = null, p = null]) => toText(s).startsWith(toText(p))),
  endsWith: fn('endsWith', 2, 2, ([s = null, p = null]) => toText(s).endsWith(toText(p))),
  coalesce: fn('coalesce', 1, 20, (args) => args.find((a) => a !== null && a !== '') ?? null),
  isEmpty: fn('isEmpty', 1, 1, ([v = null]) => !truthy(v) && v !== 0 && v !== false),
  number: fn('number', 1, 1, ([v = null]) => toNumber(v)),
  string: fn('string', 1, 1, ([v = null]) => toText(v)),
  round: fn('round', 1, 2, ([v = null, digits = 0]) => {
    const n = toNumber(v);
    const d = Math.min(Math.max(toNumber(digits) ?? 0, 0), 10);
    return n === null ? null : Math.round(n * 10 ** d) / 10 ** d;
  }),
  floor: fn('floor', 1, 1, ([v = null]) => {
    const n = toNumber(v);
    return n === null ? null : Math.floor(n);
  }),
  ceil: fn('ceil', 1, 1, ([v = null]) => {
    const n = toNumber(v);
    return n === null ? null : Math.ceil(n);
  }),
  abs: fn('abs', 1, 1, ([v = null]) => {
    const n = toNumber(v);
    return n === null ? null : Math.abs(n);
  }),
  min: fn('min', 1, 50, (args) => {
    const ns = numbers(args);
    return ns.length ? Math.min(...ns) : null;
  }),
  max: fn('max', 1, 50, (args) => {
    const ns = numbers(args);
    return ns.length ? Math.max(...ns) : null;
  }),
  sum: fn('sum', 1, 50, (args) => numbers(args).reduce((a, b) => a + b, 0)),
  join: fn('join', 1, 2, ([list = null, separator = ', ']) =>
    Array.isArray(list) ? list.map(toText).join(toText(separator)) : toText(list),
  ),
  date: fn('date', 1, 1, ([v = null]) => {
    const t = timeOf(v);
    return t === null ? null : new Date(t).toISOString();
  }),
  addDays: fn('addDays', 2, 2, ([v = null, days = null]) => {
    const t = timeOf(v);
    const n = toNumber(days);
    return t === null || n === null ? null : new Date(t + n * DAY_MS).toISOString();
  }),
  daysBetween: fn('daysBetween', 2, 2, ([from = null, to = null]) => {
    const a = timeOf(from);
    const b = timeOf(to);
    return a === null || b === null ? null : Math.floor((b - a) / DAY_MS);
  }),
});
