import pg from 'pg';
import { createDatabase, type Database } from '../db/database.js';
import { coreMigrations, migrate, type MigrationSource } from '../db/migrate.js';
import { newId } from '../ids.js';
import { createEmbeddedTestDatabase } from './embedded-test-database.js';

/**
 * A fresh, migrated database for one test file, on the server named by TEST_DATABASE_URL (a role
 * allowed to create databases). `pnpm test` starts that server; see scripts/test.mjs. In its PGlite
 * mode (TEST_DB=pglite, `*.pglite.test.ts` files only) the database is an embedded PGlite instead.
 */
export interface TestDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `pnpm test`');
  return url;
}

export async function createTestDatabase(
  sources: MigrationSource[] = [coreMigrations],
): Promise<TestDatabase> {
  if (process.env.TEST_DB === 'pglite') return createEmbeddedTestDatabase(sources);
  const serverUrl = testServerUrl();
  const name = `crm_test_${newId().replaceAll('-', '').slice(-16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString(), sources);
  const db = createDatabase({ url: url.toString(), poolSize: 5 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
