import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/router.js';
import { approvedBaseProcedures } from '../src/trpc/procedures.js';

type Middleware = ((...args: never[]) => unknown) & { _type?: string };
interface ProcedureLike {
  _def: { middlewares: Middleware[] };
}

const middlewaresOf = (procedure: unknown): Middleware[] => (procedure as ProcedureLike)._def.middlewares;

/** A procedure's own middlewares beyond an approved base may only be tRPC's input/output parsers. */
function builtFromApprovedBase(procedure: unknown): boolean {
  const own = middlewaresOf(procedure);
  return approvedBaseProcedures.some((base) => {
    const prefix = middlewaresOf(base);
    if (prefix.length > own.length || !prefix.every((m, i) => own[i] === m)) return false;
    // tRPC appends its input/output validators and, last, the resolver itself.
    const rest = own.slice(prefix.length);
    return rest.every(
      (m, i) =>
        m._type === 'input' ||
        m._type === 'output' ||
        (i === rest.length - 1 && m.name === 'resolveMiddleware'),
    );
  });
}

describe('procedures', () => {
  const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>);

  it('the router has procedures', () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  it.each(procedures)('%s is built from an approved base procedure', (_path, procedure) => {
    expect(builtFromApprovedBase(procedure)).toBe(true);
  });

  it('rejects a procedure with a middleware of its own (self-check)', async () => {
    const { tenantProcedure } = await import('../src/trpc/procedures.js');
    const rogue = tenantProcedure.use(({ next }) => next()).query(() => 1);
    expect(builtFromApprovedBase(rogue)).toBe(false);
  });
});
