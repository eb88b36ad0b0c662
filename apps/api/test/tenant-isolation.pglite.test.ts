import { TRPCError } from '@trpc/server';
import { plugins } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/trpc/init.js';
import type { RequestContext } from '../src/trpc/context.js';
import { createTenantRecords, type TenantRecords } from './isolation/fixtures.js';
import { tenantFingerprint } from './isolation/fingerprint.js';
import { isolationManifest } from './isolation/manifest.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// `pnpm test` runs this suite on PostgreSQL and again on embedded PGlite (TEST_DB=pglite), where every
// connection is the superuser and only the unit of work's SET LOCAL ROLE keeps RLS on.

let h: TestApp;
let b: TestTenant;
let recordsOfA: TenantRecords;
let fingerprintBefore: string;

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const refusals = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST', 'UNAUTHORIZED']);

function contextAs(token: string): RequestContext {
  return {
    services: h.services,
    requestId: 'isolation-suite',
    ip: '127.0.0.1',
    userAgent: 'isolation-suite',
    credentials: { kind: 'apiKey', token },
    setSessionCookie: () => undefined,
  };
}

async function call(path: string, input: unknown, token: string): Promise<unknown> {
  const caller = createCallerFactory(appRouter)(contextAs(token)) as unknown as Record<string, unknown>;
  let node: unknown = caller;
  for (const segment of path.split('.')) node = (node as Record<string, unknown>)[segment];
  return (node as (input: unknown) => Promise<unknown>)(input);
}

beforeAll(async () => {
  h = await createTestApp();
  const a = await createTestTenant(h, 'Victim A');
  b = await createTestTenant(h, 'Attacker B');
  // B has the plugins too, so their procedures really run (and are not simply 404 for B).
  await plugins.enablePluginsAsTenantAdmin(h.t.db, b.tenantId, h.services.plugins);
  recordsOfA = await createTenantRecords(h, a);
  fingerprintBefore = await tenantFingerprint(h, a.tenantId);
});
afterAll(async () => h.close());

describe('tenant isolation: every procedure, called as tenant B with tenant A ids', () => {
  it('covers every procedure of the router', () => {
    const missing = procedurePaths.filter((path) => !(path in isolationManifest));
    expect(missing).toEqual([]);
  });

  it.each(procedurePaths)('%s reveals and changes nothing of tenant A', async (path) => {
    const build = isolationManifest[path];
    if (!build) return; // reported by the coverage test above
    const secrets = (Object.keys(recordsOfA) as (keyof TenantRecords)[]).map((key) => recordsOfA[key]);
    for (const role of ['admin', 'sales_rep'] as const) {
      try {
        const result = await call(path, build(recordsOfA), b.users[role].token);
        const body = JSON.stringify(result ?? null);
        for (const secret of secrets) expect(body).not.toContain(secret);
      } catch (error) {
        expect(error).toBeInstanceOf(TRPCError);
        expect(refusals).toContain((error as TRPCError).code);
        expect(JSON.stringify({ message: (error as TRPCError).message })).not.toContain(recordsOfA.tenantId);
      }
    }
  });

  it("fingerprints tenant A's records (crm_system reads across tenants on this backend too)", () => {
    for (const table of ['Account', 'Contact', 'Deal', 'Activity', 'Tag', 'ApiKey', 'Invitation']) {
      expect(fingerprintBefore).toMatch(new RegExp(`^${table}:[0-9a-f]{32}$`, 'm'));
    }
  });

  it("leaves tenant A's data exactly as it was", async () => {
    expect(await tenantFingerprint(h, recordsOfA.tenantId)).toBe(fingerprintBefore);
  });
});
