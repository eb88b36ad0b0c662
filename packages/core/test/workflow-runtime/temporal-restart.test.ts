import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { startTestTemporalServer, TEST_TEMPORAL_NAMESPACE } from '../../src/testing/temporal-test-server.js';
import { startTestWorker, testTaskQueue } from '../../src/testing/temporal-test-worker.js';
import type { ProbeResult } from '../../src/workflow-engine/activities/probe.activity.js';
import type { sleepThenProbeWorkflow } from '../../src/workflow-engine/workflows/sleep-then-probe.workflow.js';
import type { TemporalDevServer } from '../../src/workflow-engine/server/temporal-dev-server.js';
import { startWorkflowOnce } from '../../src/workflow-engine/start-workflow-once.js';
import { createTemporalClient } from '../../src/workflow-engine/temporal-client.js';
import { tenantWorkflowId } from '../../src/workflow-engine/workflow-ids.js';
import { createTenants } from './fixtures.js';

// Its own dev server (not the run's shared one), on a SQLite file, stopped and started again.
let t: TestDatabase;
let dir: string;
let server: TemporalDevServer | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'crm-temporal-restart-'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

async function stopServer(running: TemporalDevServer, how: 'stop' | 'crash') {
  if (how === 'stop') return running.stop();
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGKILL');
  await exited;
}

/**
 * Starts the dev server again on the port the clients know. Right after a stop, the port or the SQLite
 * file can still be held for a moment (seen once on a loaded CI machine: the new server exited at start);
 * a restarting operator would simply try again, so the test does too, a few times.
 */
async function restartOnSamePort(dbFilename: string, port: number): Promise<TemporalDevServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTestTemporalServer({ dbFilename, port });
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

describe('a Temporal dev server restarted on the same SQLite file', () => {
  it.each(['stop', 'crash'] as const)(
    'keeps a waiting run across a %s, which then completes with its effect done once',
    async (how) => {
      const dbFilename = join(dir, `temporal-${how}.sqlite`);
      const [tenantId = ''] = await createTenants(t.db, 1);
      const taskQueue = testTaskQueue('restart');
      const label = `restart-${newId()}`;
      const workflowId = tenantWorkflowId(tenantId, 'probe', newId());

      server = await startTestTemporalServer({ dbFilename });
      const { address, port } = server;
      const before = createTemporalClient({ address, namespace: TEST_TEMPORAL_NAMESPACE });
      const firstWorker = await startTestWorker({ database: t.db, taskQueue, address });
      try {
        await startWorkflowOnce(before.client, {
          tenantId,
          workflowId,
          workflowType: 'sleepThenProbeWorkflow',
          args: [{ tenantId, label, sleepMs: 4000 }],
          taskQueue,
        });
        await expect
          .poll(async () => {
            const history = await before.client.workflow.getHandle(workflowId).fetchHistory();
            return (history.events ?? []).some((event) => event.timerStartedEventAttributes);
          })
          .toBe(true);
      } finally {
        await firstWorker.stop();
        await before.close();
      }
      await stopServer(server, how);
      server = undefined;

      server = await restartOnSamePort(dbFilename, port);
      const after = createTemporalClient({ address, namespace: TEST_TEMPORAL_NAMESPACE });
      const secondWorker = await startTestWorker({ database: t.db, taskQueue, address });
      try {
        const handle = after.client.workflow.getHandle<typeof sleepThenProbeWorkflow>(workflowId);
        expect((await handle.describe()).status.name).toBe('RUNNING');
        const result: ProbeResult = await handle.result();
        expect(result.repeated).toBe(false);
      } finally {
        await secondWorker.stop();
        await after.close();
        await server.stop();
        server = undefined;
      }
      const entries = await t.db.withTenant(tenantId, (db) =>
        db.auditLog.count({ where: { action: 'workflow.probe', after: { path: ['label'], equals: label } } }),
      );
      expect(entries).toBe(1);
    },
  );
});
