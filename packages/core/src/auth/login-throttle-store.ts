import type pg from 'pg';
import type { Database } from '../db/database.js';
import { unitConnection } from '../db/unit-of-work.js';

/** The table of the shared sign-in counters (migration 014). */
export const LOGIN_THROTTLE_TABLE = 'LoginThrottle';

/**
 * A query client for rate-limiter-flexible's Postgres store over the "LoginThrottle" table: each of its
 * statements runs in its own platform unit of work (crm_app, no tenant), like every other query of the
 * process, so the counters live in the product's own database and every API process shares them.
 */
export function loginThrottleStore(database: Database): {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
} {
  return {
    // Unnamed: the library names its statements, and embedded PGlite shares one session between
    // connections, where a name prepared by one connection already exists for the next.
    query: ({ text, values }) => database.withPlatform(() => unitConnection().query({ text, values })),
  };
}
