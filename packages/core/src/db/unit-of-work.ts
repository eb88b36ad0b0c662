import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { AppError } from '../errors/index.js';

/**
 * A unit of work is one database transaction on one pooled connection, opened with the
 * transaction-local role and tenant already set. The Prisma client is built on a
 * `UnitOfWorkPool` that sends every query to the connection of the unit it runs in, so plain
 * Prisma calls need no interactive-transaction machinery and setting the tenant costs no extra
 * round trip (the opening statement carries BEGIN, SET LOCAL ROLE and set_config together).
 * Outside a unit of work the pool refuses to query: nothing can run without a tenant decision.
 */
interface ActiveUnit {
  readonly client: pg.PoolClient;
  savepoints: number;
  /** Facts read once per unit (e.g. by the opening probe) that later reads may reuse. */
  readonly memo: Map<string, unknown>;
  readonly namedStatements: boolean;
}

const activeUnit = new AsyncLocalStorage<ActiveUnit>();

export type UnitRole = 'crm_app' | 'crm_system';

export interface UnitContext {
  role: UnitRole;
  tenantId: string | null;
  userId?: string | null;
  /**
   * A read-only query sent in the same round trip as the opening statement (after the role and tenant
   * are set, so RLS applies to it); its rows are handed to the work. Its author must inline only
   * validated values: it travels over the simple query protocol, without parameters.
   */
  probe?: string;
}

export type ProbeRows = Record<string, unknown>[];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opening statement of a unit. Values are UUIDs checked here, so inlining them is safe. */
function openingStatement(context: UnitContext): string {
  for (const value of [context.tenantId, context.userId]) {
    if (value != null && !uuidPattern.test(value)) throw new AppError('BAD_REQUEST', 'Malformed id');
  }
  const opening =
    `BEGIN; SET LOCAL ROLE ${context.role}; ` +
    `SELECT set_config('app.tenant_id', '${context.tenantId ?? ''}', true), ` +
    `set_config('app.user_id', '${context.userId ?? ''}', true)`;
  return context.probe ? `${opening}; ${context.probe}` : opening;
}

/**
 * The current unit's memo: values valid for this transaction only (the unit's snapshot of tenant
 * configuration, for instance). Undefined outside a unit. Whoever writes the underlying rows in the
 * same unit must delete the entry.
 */
export function unitMemo(): Map<string, unknown> | undefined {
  return activeUnit.getStore()?.memo;
}

/**
 * The current unit's own connection, for the few hot reads written in plain SQL (see
 * contacts/read-contact.sql.ts). Everything else goes through Prisma on the same connection.
 */
export function unitConnection(): pg.PoolClient {
  return currentUnit().client;
}

/**
 * Runs one of the few hot statements on the unit's connection, prepared by `name` once per connection
 * where the database allows it (see DatabaseOptions.namedStatements): parsing and planning it is then
 * paid once, not on every call.
 */
export function unitPreparedQuery<R extends pg.QueryResultRow>(
  name: string,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult<R>> {
  const unit = currentUnit();
  return unit.client.query<R>(unit.namedStatements ? { name, text, values } : { text, values });
}

export function isInUnitOfWork(): boolean {
  return activeUnit.getStore() !== undefined;
}

/** Runs `work` inside a new unit of work on `pool`; commits when it resolves, rolls back when it throws. */
export async function runUnitOfWork<T>(
  pool: pg.Pool,
  context: UnitContext,
  work: (probeRows: ProbeRows) => Promise<T>,
  options: { namedStatements: boolean } = { namedStatements: true },
): Promise<T> {
  if (activeUnit.getStore()) {
    throw new AppError('INTERNAL', 'A unit of work cannot be opened inside another one');
  }
  const client = await pool.connect();
  let discard: Error | undefined;
  try {
    const opened: unknown = await client.query(openingStatement(context));
    const results = Array.isArray(opened) ? (opened as pg.QueryResult[]) : [opened as pg.QueryResult];
    const probeRows: ProbeRows = context.probe ? ((results.at(-1)?.rows ?? []) as ProbeRows) : [];
    // Awaited inside the context: Prisma queries are lazy thenables that run only when awaited.
    const result = await activeUnit.run(
      { client, savepoints: 0, memo: new Map(), namedStatements: options.namedStatements },
      async () => await work(probeRows),
    );
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      // A connection that cannot roll back must never serve another request.
      discard = new Error('connection discarded after a failed rollback');
    }
    throw error;
  } finally {
    client.release(discard);
  }
}

function currentUnit(): ActiveUnit {
  const unit = activeUnit.getStore();
  if (!unit) throw new AppError('INTERNAL', 'Database access outside a unit of work');
  return unit;
}

/**
 * Stands in for a pooled connection when Prisma opens a transaction (nested writes, `$transaction`)
 * inside a unit: the unit already is a transaction, so BEGIN / COMMIT / ROLLBACK become savepoints.
 */
function savepointConnection(unit: ActiveUnit) {
  unit.savepoints += 1;
  const name = `uow_${unit.savepoints}`;
  const translate = (text: string): string => {
    switch (text.trim().toUpperCase()) {
      case 'BEGIN':
        return `SAVEPOINT ${name}`;
      case 'COMMIT':
        return `RELEASE SAVEPOINT ${name}`;
      case 'ROLLBACK':
        return `ROLLBACK TO SAVEPOINT ${name}`;
      default:
        if (/^SET TRANSACTION/i.test(text))
          throw new AppError('INTERNAL', 'Isolation level inside a unit of work');
        return text;
    }
  };
  return {
    query(config: pg.QueryConfig) {
      return unit.client.query({ ...config, text: translate(config.text) });
    },
    on: (event: 'error', listener: (error: Error) => void) => unit.client.on(event, listener),
    removeListener: (event: 'error', listener: (error: Error) => void) =>
      unit.client.removeListener(event, listener),
    release: () => undefined,
  };
}

/**
 * The pool handed to Prisma's pg adapter. The adapter only calls `query(config)` for statements and
 * `connect()` to open transactions; both are routed to the active unit's connection.
 */
export class UnitOfWorkPool extends pg.Pool {}

Object.defineProperties(UnitOfWorkPool.prototype, {
  query: {
    value: function routedQuery(config: pg.QueryConfig): Promise<pg.QueryResult> {
      return currentUnit().client.query(config);
    },
  },
  connect: {
    value: function routedConnect(): Promise<unknown> {
      return Promise.resolve().then(() => savepointConnection(currentUnit()));
    },
  },
});
