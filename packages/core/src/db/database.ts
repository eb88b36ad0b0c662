import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { runUnitOfWork, UnitOfWorkPool, type ProbeRows, type UnitContext } from './unit-of-work.js';

// numeric and date columns come back as strings from raw queries; Prisma handles its own parsing.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * The Prisma client as seen by code inside a unit of work. Transactions are the unit's business,
 * so `$transaction` and connection management are not part of it.
 */
export type TenantDb = Omit<PrismaClient, '$transaction' | '$connect' | '$disconnect' | '$on' | '$extends'>;

export interface DatabaseOptions {
  /** The connection string; its user must be a member of crm_app (migrations make the owner one). */
  url: string;
  /** Connections in the request pool. */
  poolSize?: number;
  /**
   * Whether hot statements may be prepared by name once per connection (default true). False for
   * embedded PGlite, whose socket connections all share one session: a name prepared on one
   * connection would already exist on the next.
   */
  namedStatements?: boolean;
}

export interface TenantUnitOptions {
  /** The acting user, visible to SQL as current_setting('app.user_id'). */
  userId?: string | null;
  /** A query answered in the opening round trip (see UnitContext.probe). */
  probe?: string;
}

export interface Database {
  /** Runs `work` in one transaction as crm_app with the tenant set; RLS limits every query to it. */
  withTenant<T>(
    tenantId: string,
    work: (db: TenantDb, probeRows: ProbeRows) => Promise<T>,
    options?: TenantUnitOptions,
  ): Promise<T>;
  /** Runs `work` as crm_app with no tenant: only the global tables (users, sessions, tenants) answer. */
  withPlatform<T>(work: (db: TenantDb) => Promise<T>): Promise<T>;
  /**
   * Runs `work` as crm_system, which crosses tenants. For platform jobs only (outbox relay,
   * maintenance); the name is long on purpose so that every use stands out in review.
   */
  withSystemRoleAcrossTenants<T>(work: (db: TenantDb) => Promise<T>): Promise<T>;
  /** The raw pool of real connections (migrations, benchmarks). */
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export function createDatabase(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 20,
    idleTimeoutMillis: 30_000,
    application_name: 'crm',
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(new UnitOfWorkPool()) });
  const run = <T>(context: UnitContext, work: (db: TenantDb, probeRows: ProbeRows) => Promise<T>) =>
    runUnitOfWork(pool, context, (probeRows) => work(prisma, probeRows), {
      namedStatements: options.namedStatements ?? true,
    });
  return {
    pool,
    withTenant: (tenantId, work, options) =>
      run(
        {
          role: 'crm_app',
          tenantId,
          userId: options?.userId ?? null,
          ...(options?.probe ? { probe: options.probe } : {}),
        },
        work,
      ),
    withPlatform: (work) => run({ role: 'crm_app', tenantId: null }, work),
    withSystemRoleAcrossTenants: (work) => run({ role: 'crm_system', tenantId: null }, work),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
