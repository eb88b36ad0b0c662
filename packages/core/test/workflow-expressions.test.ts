import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  evaluateExpression,
  expressionLimits,
  parseExpression,
  parseTemplate,
  referencesOf,
  renderTemplate,
  toValue,
  type Scope,
} from '../src/workflows/expressions/index.js';

const scope: Scope = {
  record: {
    title: 'Big deal',
    amount: '250000.00',
    status: 'won',
    tags: ['vip', 'north'],
    owner: { name: 'Ann' },
    expectedCloseDate: '2026-12-01',
    discount: 15,
  },
  steps: { approve: { decision: 'approved', comment: 'ok' } },
  now: '2026-11-27T10:00:00.000Z',
};
const run = (source: string) => evaluateExpression(source, scope);

function expressionError(source: string): ExpressionError {
  try {
    run(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
}

describe('workflow expressions', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['7 % 3', 1],
    ['-record.discount', -15],
    ["'a' + 1", 'a1'],
    ['record.amount > 100000', true],
    ['record.amount >= 250000 && record.status == "won"', true],
    ["record.status != 'won' || record.discount > 10", true],
    ['!record.missing', true],
    ["'vip' in record.tags", true],
    ["'south' in record.tags", false],
    ["'Big' in record.title", true],
    ["'title' in record", true],
    ['record.tags[0]', 'vip'],
    ['record.tags[-1]', 'north'],
    ["record['owner'].name", 'Ann'],
    ['record.owner.name.first', null],
    ['record.nothing.deeper', null],
    ['steps.approve.decision == "approved"', true],
    ['record.discount > 10 ? "high" : "low"', 'high'],
    ['record.discount > 20 ? "high" : record.discount > 10 ? "mid" : "low"', 'mid'],
    ['record.missing || "fallback"', 'fallback'],
    ['coalesce(record.missing, "", record.title)', 'Big deal'],
    ['len(record.tags)', 2],
    ['upper(record.owner.name)', 'ANN'],
    ['contains(record.tags, "north")', true],
    ['round(10 / 3, 2)', 3.33],
    ['max(1, record.discount, 3)', 15],
    ['sum([1, 2, 3])', 6],
    ['join(record.tags, "/")', 'vip/north'],
    ['daysBetween(now, record.expectedCloseDate)', 3],
    ['addDays("2026-01-30", 3)', '2026-02-02T00:00:00.000Z'],
    ['date("not a date")', null],
    ['isEmpty(record.missing) && !isEmpty(record.tags)', true],
    ['number("12.5") + 1', 13.5],
    ['1 === 1 && 1 !== 2', true],
    ['"a\\"b"', 'a"b'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('is deterministic: the same scope gives the same answer', () => {
    expect(run('daysBetween(now, addDays(now, 10))')).toBe(10);
    expect(run('daysBetween(now, addDays(now, 10))')).toBe(10);
  });

  it('reports parse errors with the position', () => {
    expect(() => parseExpression('1 +')).toThrow(ExpressionError);
    expect(expressionError('record.title ==').message).toMatch(/Unexpected the end/);
    expect(expressionError('record.#').position).toBe(7);
    expect(expressionError('unknownFn(1)').message).toBe('Unknown function "unknownFn"');
    expect(expressionError('"open').message).toBe('Unterminated string');
    expect(expressionError('len(1, 2)').message).toMatch(/takes 1 arguments/);
    expect(expressionError('1 / 0').message).toBe('Division by zero');
  });

  describe('malicious input', () => {
    it.each([
      'record.__proto__',
      'record.constructor',
      'record.constructor.constructor("return process")()',
      'record["__proto__"]',
      "record['constructor']",
      'len.constructor',
      'prototype',
      '__proto__.polluted',
    ])('refuses %s', (source) => {
      expect(() => run(source)).toThrow(ExpressionError);
    });

    it('refuses prototype keys computed at run time', () => {
      expect(() => run('record["__pro" + "to__"]')).toThrow(/cannot be read/);
      expect(() => run('record["constr" + "uctor"]')).toThrow(/cannot be read/);
    });

    it('does not see inherited properties or functions', () => {
      expect(run('record.toString')).toBeNull();
      expect(run('record.hasOwnProperty')).toBeNull();
      expect(run('record.tags.map')).toBeNull();
      expect(run('record.title.length')).toBeNull();
      expect(() => run('toString()')).toThrow(/Unknown function/);
      expect(() => run('hasOwnProperty(1)')).toThrow(/Unknown function/);
    });

    it('drops prototype keys from outside data and leaves Object.prototype alone', () => {
      const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "ok": 2}') as unknown;
      const value = toValue(hostile);
      expect(value).toEqual({ ok: 2 });
      expect(evaluateExpression('data.polluted', { data: value })).toBeNull();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('limits nesting depth', () => {
      const deep = `${'('.repeat(expressionLimits.maxDepth + 5)}1${')'.repeat(expressionLimits.maxDepth + 5)}`;
      expect(expressionError(deep).message).toMatch(/nests deeper/);
      expect(expressionError(`${'!'.repeat(200)}true`).message).toMatch(/nests deeper/);
      expect(expressionError(`${'['.repeat(200)}${']'.repeat(200)}`).message).toMatch(/nests deeper/);
      expect(run(`${'('.repeat(10)}1${')'.repeat(10)}`)).toBe(1);
    });

    it('limits the length of expressions, templates and results', () => {
      expect(expressionError('1+'.repeat(2000) + '1').message).toMatch(/longer than/);
      expect(() => parseTemplate('x'.repeat(expressionLimits.maxTemplateLength + 1))).toThrow(/longer than/);
      const big = 'x'.repeat(60_000);
      expect(() => evaluateExpression('s + s', { s: big })).toThrow(/longer than/);
    });

    it('handles garbage without crashing the host', () => {
      for (const source of ['', ')', '(((', '.', '[1,', '{{', 'a..b', '1 ? 2', '@', '\u0000', 'a b']) {
        expect(() => parseExpression(source)).toThrow(ExpressionError);
      }
    });
  });

  describe('templates', () => {
    it('renders values into text', () => {
      expect(renderTemplate('Deal {{ record.title }} for {{record.amount}} ({{ record.tags }})', scope)).toBe(
        'Deal Big deal for 250000.00 (["vip","north"])',
      );
      expect(renderTemplate('Hi {{ record.nobody }}!', scope)).toBe('Hi !');
      expect(renderTemplate('no placeholders', scope)).toBe('no placeholders');
    });

    it('reports the offset of a broken placeholder', () => {
      try {
        parseTemplate('Hello {{ record. }}');
        throw new Error('expected a failure');
      } catch (error) {
        expect(error).toBeInstanceOf(ExpressionError);
        expect((error as ExpressionError).position).toBeGreaterThanOrEqual(8);
      }
      expect(() => parseTemplate('Hello {{ record.title')).toThrow(/never closed/);
    });
  });

  it('lists the variables an expression reads', () => {
    expect(
      referencesOf(parseExpression('steps.approve.decision == "x" && len(record.tags) > trigger.n')),
    ).toEqual([
      ['steps', 'approve', 'decision'],
      ['record', 'tags'],
      ['trigger', 'n'],
    ]);
  });
});
