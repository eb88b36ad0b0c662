import { ActivityFailure, ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '../../src/testing/temporal-test-worker.js';
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import type { TemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { withActivityTenant } from '../../src/workflow-engine/tenant-activity.js';
import { performEffectOnce } from '../../src/workflow-engine/workflow-effect.js';
import { assertTenantWorkflowId, tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants, writeContactWithEvent } from './fixtures.js';

let t: TestDatabase;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let tenantA: string;
let tenantB: string;
const taskQueue = testTaskQueue('isolation');

beforeAll(async () => {
  t = await createTestDatabase();
  [tenantA = '', tenantB = ''] = await createTenants(t.db);
  temporal = createTestTemporalClient();
  worker = await startTestWorker({ database: t.db, taskQueue });
});
afterAll(async () => {
  await worker.stop();
  await temporal.close();
  await t.drop();
});

async function failureOf(workflowId: string): Promise<ApplicationFailure> {
  const error: unknown = await temporal.client.workflow
    .getHandle(workflowId)
    .result()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  const activity = (error as WorkflowFailedError).cause;
  expect(activity).toBeInstanceOf(ActivityFailure);
  const cause = (activity as ActivityFailure).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

const probeCount = (tenantId: string) =>
  t.db.withTenant(tenantId, (db) => db.auditLog.count({ where: { action: 'workflow.probe' } }));

describe('tenant isolation of workflows and activities', () => {
  it("cannot read tenant B's record from a run of tenant A, even given B's id (fails at once, writes nothing)", async () => {
    const { contactId: bContact } = await writeContactWithEvent(t.db, tenantB);
    const workflowId = tenantWorkflowId(tenantA, 'probe', newId());
    await startWorkflowOnce(temporal.client, {
      tenantId: tenantA,
      workflowId,
      workflowType: 'sleepThenProbeWorkflow',
      args: [
        { tenantId: tenantA, label: 'cross-read', sleepMs: 0, record: { type: 'contact', id: bContact } },
      ],
      taskQueue,
    });
    const failure = await failureOf(workflowId);
    expect(failure.type).toBe('AppError.NOT_FOUND');
    expect(failure.nonRetryable).toBe(true);
    expect(await probeCount(tenantA)).toBe(0);
    expect(await probeCount(tenantB)).toBe(0);
  });

  it('refuses an activity input naming tenant B inside a run of tenant A', async () => {
    const workflowId = tenantWorkflowId(tenantA, 'probe', newId());
    await startWorkflowOnce(temporal.client, {
      tenantId: tenantA,
      workflowId,
      workflowType: 'sleepThenProbeWorkflow',
      args: [{ tenantId: tenantB, label: 'cross-tenant', sleepMs: 0 }],
      taskQueue,
    });
    const failure = await failureOf(workflowId);
    expect(failure.type).toBe('AppError.FORBIDDEN');
    expect(await probeCount(tenantB)).toBe(0);
  });

  it("cannot write a row of tenant B in tenant A's activity unit of work (RLS)", async () => {
    await expect(
      withActivityTenant(t.db, { tenantId: tenantA }, (db) =>
        db.auditLog.create({ data: { tenantId: tenantB, id: newId(), action: 'workflow.probe' } }),
      ),
    ).rejects.toThrow(/row-level security/);
    const seen = await withActivityTenant(t.db, { tenantId: tenantA }, (db) =>
      db.contact.findMany({ select: { tenantId: true } }),
    );
    expect(seen.every((row) => row.tenantId === tenantA)).toBe(true);
    expect(await probeCount(tenantB)).toBe(0);
  });

  it('refuses workflow ids without the tenant prefix or of another tenant', async () => {
    expect(() => {
      assertTenantWorkflowId('outbox:123', tenantA);
    }).toThrow(/does not start with t:<tenantId>:/);
    expect(() => {
      assertTenantWorkflowId(tenantWorkflowId(tenantB, 'x'), tenantA);
    }).toThrow(/another tenant/);
    expect(() => tenantWorkflowId('not-a-uuid', 'x')).toThrow(/UUID/);
    expect(() => tenantWorkflowId(tenantA, 'a:b')).toThrow(/may hold only/);
    await expect(
      startWorkflowOnce(temporal.client, {
        tenantId: tenantA,
        workflowId: `plain-${newId()}`,
        workflowType: 'noopWorkflow',
        args: [],
        taskQueue,
      }),
    ).rejects.toThrow(/does not start with/);
  });
});

describe('effects done once per key', () => {
  it('runs the effect once for the same key, also for concurrent duplicates, and keeps keys per tenant', async () => {
    let runs = 0;
    const effect = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { n: runs };
    };
    const once = (tenantId: string) =>
      withActivityTenant(t.db, { tenantId }, (db) =>
        performEffectOnce(db, { tenantId, effectKey: 'k-1' }, effect),
      );
    const [first, second] = await Promise.all([once(tenantA), once(tenantA)]);
    const third = await once(tenantA);
    expect(runs).toBe(1);
    expect([first.repeated, second.repeated].sort()).toEqual([false, true]);
    expect(first.result).toEqual({ n: 1 });
    expect(second.result).toEqual({ n: 1 });
    expect(third).toEqual({ result: { n: 1 }, repeated: true });
    // The same key in another tenant is another effect.
    expect(await once(tenantB)).toEqual({ result: { n: 2 }, repeated: false });
  });

  it('forgets the key when the effect fails, so that the retry does it', async () => {
    const attempt = (fail: boolean) =>
      withActivityTenant(t.db, { tenantId: tenantA }, (db) =>
        performEffectOnce(db, { tenantId: tenantA, effectKey: 'k-2' }, async () => {
          await db.tag.create({ data: { tenantId: tenantA, id: newId(), name: `tag-${newId()}` } });
          if (fail) throw new Error('effect failed');
          return 'done';
        }),
      );
    await expect(attempt(true)).rejects.toThrow('effect failed');
    expect(await attempt(false)).toEqual({ result: 'done', repeated: false });
  });
});

describe('cross-tenant access of the runtime', () => {
  it('goes only through the crm_outbox_* functions: no workflow-engine code uses the system role', () => {
    const root = fileURLToPath(new URL('../../src/workflow-engine/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const users = files.filter((f) =>
      readFileSync(join(root, f), 'utf8').includes('withSystemRoleAcrossTenants'),
    );
    expect(users).toEqual([]);
  });

  it('gives the application role the outbox functions and nothing broader', async () => {
    const rows = await t.db.withPlatform(
      (db) =>
        db.$queryRaw<{ name: string; owner: string; definer: boolean; app: boolean; public: boolean }[]>`
        SELECT p.proname AS name, pg_get_userbyid(p.proowner) AS owner, p.prosecdef AS definer,
               has_function_privilege('crm_app', p.oid, 'EXECUTE') AS app,
               (p.proacl IS NULL OR p.proacl::text ~ '[{,]=[A-Za-z]*X') AS public
          FROM pg_proc p WHERE p.proname LIKE 'crm\\_outbox\\_%' ORDER BY p.proname`,
    );
    expect(rows.map((r) => [r.name, r.owner, r.definer, r.app])).toEqual([
      ['crm_outbox_claim', 'crm_system', true, true],
      ['crm_outbox_mark_dispatched', 'crm_system', true, true],
      ['crm_outbox_mark_failed', 'crm_system', true, true],
      ['crm_outbox_notify', expect.any(String), false, true],
    ]);
    expect(rows.slice(0, 3).every((r) => !r.public)).toBe(true);
  });
});
