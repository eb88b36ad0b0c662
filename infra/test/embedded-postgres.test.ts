import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreMigrations, createDatabase, migrate, newId } from '@crm/core';
import { startEmbeddedPostgres } from '../src/embedded-postgres.js';

const dataDir = mkdtempSync(join(tmpdir(), 'crm-embedded-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded Postgres (PGlite over pglite-socket)', () => {
  const tenantId = newId();

  it('applies the core migrations and stores data under <dataDir>/pglite', async () => {
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await migrate(server.url, [coreMigrations])).toHaveLength(
        readdirSync(coreMigrations.directory).length,
      );
      const db = createDatabase({ url: server.url, poolSize: 2 });
      await db.withPlatform((tx) =>
        tx.tenant.create({ data: { id: tenantId, name: 'Kept', slug: `kept-${tenantId}` } }),
      );
      await db.close();
    } finally {
      await server.stop();
    }
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
  });

  it('keeps committed data across a restart', async () => {
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await migrate(server.url, [coreMigrations])).toEqual([]);
      const db = createDatabase({ url: server.url, poolSize: 2 });
      const tenants = await db.withPlatform((tx) => tx.tenant.findMany({ where: { id: tenantId } }));
      await db.close();
      expect(tenants.map((t) => t.name)).toEqual(['Kept']);
    } finally {
      await server.stop();
    }
  });
});
