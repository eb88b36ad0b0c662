import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTenant } from '../src/seed/index.js';
import { createEmbeddedTestDatabase } from '../src/testing/embedded-test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

// The launcher seeds the demo into embedded PGlite on the first `pnpm start`: the same data must go in there.
let t: TestDatabase;

beforeAll(async () => {
  t = await createEmbeddedTestDatabase();
});
afterAll(async () => t.drop());

describe('seedDemoTenant on PGlite', () => {
  it('seeds the demo once and returns the same logins on the next start', async () => {
    const first = await seedDemoTenant(t.db, { password: 'demo-crm-2026' });
    const counts = () =>
      t.db.withTenant(first.tenantId, async (db) => [
        await db.account.count(),
        await db.contact.count(),
        await db.deal.count(),
        await db.activity.count(),
        await db.auditLog.count(),
      ]);
    expect(first.created).toBe(true);
    expect(first.logins).toHaveLength(7);
    expect(await counts()).toEqual([40, 120, 60, 300, 520]);
    const second = await seedDemoTenant(t.db, { password: 'demo-crm-2026' });
    expect(second).toEqual({ ...first, created: false });
    expect(await counts()).toEqual([40, 120, 60, 300, 520]);
  });
});
