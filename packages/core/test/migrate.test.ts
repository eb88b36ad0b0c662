import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreMigrations, migrate } from '../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe('migrations', () => {
  it('applies nothing the second time', async () => {
    expect(await migrate(t.url, [coreMigrations])).toEqual([]);
  });

  it('refuses to start when a migration below the applied ones was never applied', async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query('DELETE FROM migrations_core WHERE version = 6');
      await expect(migrate(t.url, [coreMigrations])).rejects.toThrow(
        /not applied although later ones are: 6/,
      );
    } finally {
      await client.end();
    }
  });
});
