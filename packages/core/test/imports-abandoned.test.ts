import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/ids.js';
import { failAbandonedImports, touchImports } from '../src/imports/fail-abandoned-imports.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;
const tenantA = newId();
const tenantB = newId();
const longAgo = new Date(Date.now() - 3_600_000);

async function addImport(tenantId: string, status: string, updatedAt: Date): Promise<string> {
  const id = newId();
  await t.db.withTenant(tenantId, (db) =>
    db.import.create({ data: { tenantId, id, objectType: 'contact', status, updatedAt } }),
  );
  return id;
}

const statusOf = (tenantId: string, id: string) =>
  t.db.withTenant(tenantId, async (db) => (await db.import.findFirstOrThrow({ where: { id } })).status);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.withPlatform((db) =>
    db.tenant.createMany({
      data: [
        { id: tenantA, name: 'A', slug: `a-${tenantA}` },
        { id: tenantB, name: 'B', slug: `b-${tenantB}` },
      ],
    }),
  );
});
afterAll(async () => t.drop());

describe('imports abandoned by a stopped process', () => {
  it('are failed in every tenant, audited there; live and finished imports are left alone', async () => {
    const staleRunning = await addImport(tenantA, 'running', longAgo);
    const stalePending = await addImport(tenantB, 'pending', longAgo);
    const live = await addImport(tenantA, 'running', new Date());
    const finished = await addImport(tenantA, 'completed', longAgo);

    expect(await failAbandonedImports(t.db, 60_000)).toBe(2);

    expect(await statusOf(tenantA, staleRunning)).toBe('failed');
    expect(await statusOf(tenantB, stalePending)).toBe('failed');
    expect(await statusOf(tenantA, live)).toBe('running');
    expect(await statusOf(tenantA, finished)).toBe('completed');
    const audit = await t.db.withTenant(tenantB, (db) =>
      db.auditLog.findMany({ where: { action: 'import.abandoned' }, select: { recordId: true } }),
    );
    expect(audit).toEqual([{ recordId: stalePending }]);
    expect(await failAbandonedImports(t.db, 60_000)).toBe(0);
  });

  it('are not the imports a living process keeps touching', async () => {
    const queued = await addImport(tenantA, 'pending', longAgo);
    await touchImports(t.db, [{ tenantId: tenantA, importId: queued }]);
    expect(await failAbandonedImports(t.db, 60_000)).toBe(0);
    expect(await statusOf(tenantA, queued)).toBe('pending');
  });
});
