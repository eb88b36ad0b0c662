import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Embedded Postgres for `pnpm start` without DATABASE_URL: PGlite (Postgres compiled to
 * WebAssembly) served over the wire protocol, so the application uses the same `pg` driver as
 * with a real server.
 *
 * PGlite has a single backend. pglite-socket multiplexes client connections onto it: an explicit
 * transaction keeps the backend to its own connection until it ends (others queue), but session
 * state (SET, LISTEN/NOTIFY, advisory locks, prepared statements) is shared by all connections,
 * and a NOTIFY is delivered to the connection that sent it, not to the listener.
 */
export interface EmbeddedPostgresOptions {
  /** The launcher's data directory; PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Client connections served at once. pglite-socket's own default is 1, which rejects a pool's
   * second connection; the app pool, the migrator and the relay all need one each.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** A `pg` connection string. PGlite ignores the user name: every client is its superuser. */
  readonly url: string;
  /** Closes the socket server, then PGlite, so that committed data is on disk for the next start. */
  stop(): Promise<void>;
}

/** The contrib extensions the SQL migrations create; PGlite must load them at start. */
export const pgliteExtensions = { pg_trgm, citext, btree_gin, fuzzystrmatch };

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = join(options.dataDir, 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: pgliteExtensions });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop() {
      // close() waits for PGlite's query lock, so a rollback of a dropped client finishes first.
      stopping ??= server.stop().then(() => db.close());
      return stopping;
    },
  };
}
