import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createDatabase } from '../db/database.js';
import { coreMigrations, migrate, type MigrationSource } from '../db/migrate.js';
import type { TestDatabase } from './test-database.js';

const POOL_SIZE = 5;

/**
 * A fresh, migrated in-memory PGlite behind pglite-socket on a free port: the embedded runtime of
 * `pnpm start`. createTestDatabase() returns one in `pnpm test`'s PGlite mode (TEST_DB=pglite),
 * which runs the `*.pglite.test.ts` files a second time. PGlite has one database, so each call
 * starts its own instance instead of CREATE DATABASE.
 * pglite-socket multiplexes connections onto PGlite's single backend (an explicit transaction
 * holds it until it ends), so the pool works, but its connections share session state.
 */
export async function createEmbeddedTestDatabase(
  sources: MigrationSource[] = [coreMigrations],
): Promise<TestDatabase> {
  // The migrations create pg_trgm, citext, btree_gin and fuzzystrmatch; PGlite can only load contrib extensions given here.
  const pglite = await PGlite.create({ extensions: { pg_trgm, citext, btree_gin, fuzzystrmatch } });
  // pglite-socket accepts one connection unless told more: the pool, the migrator and a test's own.
  const server = new PGLiteSocketServer({
    db: pglite,
    host: '127.0.0.1',
    port: 0,
    maxConnections: POOL_SIZE + 3,
  });
  const stop = async () => {
    await server.stop();
    await pglite.close();
  };
  try {
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    await migrate(url, sources);
    const db = createDatabase({ url, poolSize: POOL_SIZE, namedStatements: false });
    return {
      db,
      url,
      async drop() {
        await db.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
