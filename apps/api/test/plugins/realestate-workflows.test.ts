import { workflows } from '@crm/core';
import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { workflowStepTypes } from '../../src/routers/workflows/workflow-extensions.js';
import {
  startCrmWorker,
  startOutboxRelay,
  type RunningRelay,
  type RunningWorker,
} from '../../src/workflow-runtime/workflow-runtime.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

// The real-estate templates installed through the API and run by the production worker on a real
// Temporal dev server: the relay turns each published workflow into a Temporal Schedule, the test
// triggers the schedule, and the plugin's activities do their work in the tenant.
let h: TestApp;
let a: TestTenant;
let worker: RunningWorker;
let relay: RunningRelay;
const taskQueue = testTaskQueue('realestate-workflows');
const { call } = restClient(() => h);

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Realty');
  const { address, namespace } = testTemporal();
  worker = await startCrmWorker({
    database: h.t.db,
    mailer: h.services.mailer,
    temporalAddress: address,
    namespace,
    taskQueue,
    logLevel: 'error',
    workflows: { workflowBundle: await testWorkflowBundle() },
  });
  relay = startOutboxRelay({
    database: h.t.db,
    temporalAddress: address,
    namespace,
    taskQueue,
    listenUrl: h.t.url,
  });
  const on = await call(a.users.admin.token, 'POST', '/plugins/realestate/enable', {});
  expect(on.status, JSON.stringify(on.body)).toBe(200);
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await h.close();
});

/** Installs and publishes a template, triggers its schedule once, and waits for the run to finish. */
async function runTemplate(
  id: string,
): Promise<{ status: string; steps: { kind: string; detail: unknown }[] }> {
  const installed = await call<{ id: string }>(
    a.users.admin.token,
    'POST',
    `/workflow-templates/${id}/install`,
    {
      publish: true,
    },
  );
  expect(installed.status, JSON.stringify(installed.body)).toBe(201);
  const workflowId = installed.body.id;
  const schedule = h.services.temporal.client.schedule.getHandle(
    workflows.scheduleId(a.tenantId, workflowId),
  );
  await expect
    .poll(
      () =>
        schedule.describe().then(
          () => 'exists',
          () => 'absent',
        ),
      { timeout: 40_000 },
    )
    .toBe('exists');
  await schedule.trigger();
  const runs = () =>
    h.t.db.withTenant(a.tenantId, (db) =>
      db.workflowRun.findMany({ where: { workflowId }, select: { id: true, status: true, error: true } }),
    );
  await expect.poll(async () => (await runs())[0]?.status, { timeout: 30_000 }).toBe('completed');
  const [run] = await runs();
  const steps = await h.t.db.withTenant(a.tenantId, (db) =>
    db.workflowRunStep.findMany({
      where: { runId: run?.id ?? '' },
      orderBy: { seq: 'asc' },
      select: { kind: true, detail: true },
    }),
  );
  return { status: run?.status ?? 'absent', steps };
}

const tasks = (subjectStart: string) =>
  h.t.db.withTenant(a.tenantId, (db) =>
    db.activity.findMany({
      where: { subject: { startsWith: subjectStart } },
      select: { subject: true, ownerId: true },
    }),
  );

describe('real-estate workflows', () => {
  it('contributes step types and templates the workflow language accepts', () => {
    expect(
      workflowStepTypes
        .list()
        .map((s) => s.kind)
        .filter((k) => k.startsWith('realestate.')),
    ).toEqual([
      'realestate.matchRequirements',
      'realestate.markStaleVerifications',
      'realestate.showingReminders',
      'realestate.duplicateReview',
    ]);
    const templates = installedPluginRegistry.templates.filter((t) => t.id.startsWith('realestate.'));
    expect(templates).toHaveLength(4);
    for (const template of templates) {
      expect(
        workflows.validateDefinition(template.definition, workflowStepTypes).issues,
        template.id,
      ).toEqual([]);
    }
  });

  it('matching: new matches of the seeded buyers reach their agents, once', async () => {
    const run = await runTemplate('realestate.requirementMatching');
    expect(run.status).toBe('completed');
    const notes = await h.t.db.withTenant(a.tenantId, (db) =>
      db.notification.findMany({
        where: { recordType: 'realestate.requirement' },
        select: { title: true, idempotencyKey: true },
      }),
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.title.startsWith('New match for'))).toBe(true);
    const unnotified = await h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM "RealestateMatch" WHERE "tenantId" = ${a.tenantId}::uuid AND "notifiedAt" IS NULL`,
    );
    expect(unnotified[0]?.n).toBe(0);
  });

  it('re-verification: the overdue verified object turns Stale with a call task for its agent', async () => {
    await runTemplate('realestate.reverification');
    const object = await call<{
      items: { ListingId: string; verificationStatus: string; ListAgentKey: string }[];
    }>(a.users.admin.token, 'GET', '/realestate/properties?search=MSK-1003');
    expect(object.body.items[0]).toMatchObject({ ListingId: 'MSK-1003', verificationStatus: 'Stale' });
    expect(await tasks('Re-verify MSK-1003')).toEqual([
      {
        subject: 'Re-verify MSK-1003: 8 Presnenskaya Emb, bldg 1, apt 312, Moscow',
        ownerId: object.body.items[0]?.ListAgentKey,
      },
    ]);
    const history = await call<{
      items: { FieldName: string; NewValue: string; ChangedByMemberKey: string | null }[];
    }>(
      a.users.admin.token,
      'GET',
      `/realestate/properties/${(await call<{ items: { ListingKey: string }[] }>(a.users.admin.token, 'GET', '/realestate/properties?search=MSK-1003')).body.items[0]?.ListingKey ?? ''}/history`,
    );
    expect(history.body.items[0]).toMatchObject({
      FieldName: 'verificationStatus',
      NewValue: 'Stale',
      ChangedByMemberKey: null,
    });
  });

  it('showings: a reminder for tomorrow’s showing and a feedback task for the one that took place', async () => {
    await runTemplate('realestate.showingFollowUp');
    const reminders = await h.t.db.withTenant(a.tenantId, (db) =>
      db.notification.findMany({ where: { recordType: 'realestate.showing' }, select: { title: true } }),
    );
    expect(reminders.map((r) => r.title)).toEqual([
      expect.stringMatching(/^Showing MSK-1001 at .*: 12 Ostozhenka St, apt 45, Moscow$/),
    ]);
    expect((await tasks("Get the buyer's feedback")).map((t) => t.subject)).toEqual([
      "Get the buyer's feedback on showing MSK-1001 (12 Ostozhenka St, apt 45, Moscow)",
    ]);
  });

  it('duplicate review: a task for the pair left open for a day', async () => {
    await h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$executeRaw`UPDATE "RealestateDuplicate" SET "createdAt" = now() - interval '2 days' WHERE "tenantId" = ${a.tenantId}::uuid`,
    );
    await runTemplate('realestate.duplicateReview');
    expect((await tasks('Review possible duplicate')).map((t) => t.subject)).toEqual([
      'Review possible duplicate: MSK-1002 and MSK-1001',
    ]);
  });

  it('does nothing for a tenant that switched the plugin off', async () => {
    const activities = installedPluginRegistry.activities({ database: h.t.db });
    const b = await createTestTenant(h, 'Off');
    const activity = activities['realestate.markStaleVerifications'] as (input: object) => Promise<unknown>;
    expect(
      await activity({
        tenantId: b.tenantId,
        runId: null,
        stepId: 's',
        recordType: null,
        recordId: null,
        input: {},
      }),
    ).toEqual({
      stale: 0,
      tasks: 0,
    });
  });
});
