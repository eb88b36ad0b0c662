import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startCrmWorker,
  startOutboxRelay,
  type RunningRelay,
  type RunningWorker,
} from '../../src/workflow-runtime/workflow-runtime.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

// The logistics workflow templates end to end on the real Temporal dev server, as a tenant admin uses
// them: install and publish through the API, the relay creates the Schedule (or the trigger fires),
// the production worker runs the interpreter and the plugin's activities, and the effects show.

interface Run {
  id: string;
  status: string;
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let worker: RunningWorker;
let relay: RunningRelay;
const taskQueue = testTaskQueue('logistics-templates');
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Freight');
  // Without the demo data: its plans of the month would overlap the ones set here.
  const enabled = await call(a.users.admin.token, 'POST', '/plugins/logistics/enable', {
    config: { seedDemoData: false },
  });
  expect(enabled.status).toBe(200);
  const { address, namespace } = testTemporal();
  const settings = {
    database: h.t.db,
    temporalAddress: address,
    namespace,
    taskQueue,
    logLevel: 'error' as const,
  };
  worker = await startCrmWorker({
    ...settings,
    mailer: h.services.mailer,
    workflows: { workflowBundle: await testWorkflowBundle() },
  });
  relay = startOutboxRelay({ ...settings, listenUrl: h.t.url });
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await h.close();
});

/** Installs and publishes a template; the workflow's id. */
async function install(templateId: string): Promise<string> {
  const workflow = await create<{ id: string }>(admin(), `/workflow-templates/${templateId}/install`, {
    publish: true,
  });
  return workflow.id;
}

/** Fires a scheduled workflow now (its Temporal Schedule, once the relay has created it). */
async function triggerSchedule(workflowId: string): Promise<void> {
  const handle = relay.temporal.client.schedule.getHandle(`t:${a.tenantId}:schedule:${workflowId}`);
  await expect
    .poll(
      () =>
        handle.describe().then(
          () => true,
          () => false,
        ),
      { timeout: 40_000 },
    )
    .toBe(true);
  await handle.trigger();
}

async function completedRun(workflowId: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await call<Items<Run>>(admin(), 'GET', `/workflow-runs?workflowId=${workflowId}`)).body.items.map(
          (run) => run.status,
        ),
      { timeout: 30_000, interval: 250 },
    )
    .toContain('completed');
}

describe('logistics workflow templates on Temporal', () => {
  it('contract renewal countdown: renews a lapsed auto-renewing contract and sets the 60-day task', async () => {
    const accountId = (await create<{ id: string }>(admin(), '/accounts', { name: 'ООО «Вектор»' })).id;
    await create(admin(), '/logistics/contracts', {
      number: 'T-RENEW',
      accountId,
      kind: 'client',
      startsOn: day(-400),
      endsOn: day(-2),
      autoRenew: true,
    });
    await create(admin(), '/logistics/contracts', {
      number: 'T-REMIND',
      accountId,
      kind: 'carrier',
      startsOn: day(-300),
      endsOn: day(50),
      noticeDays: 10,
    });
    const workflowId = await install('logistics.contractRenewalCountdown');
    await triggerSchedule(workflowId);
    await completedRun(workflowId);
    const contracts = await call<Items<{ number: string; endsOn: string; status: string }>>(
      admin(),
      'GET',
      `/logistics/contracts?accountId=${accountId}`,
    );
    const renewed = contracts.body.items.find((c) => c.number === 'T-RENEW');
    expect(renewed?.status).toBe('active');
    expect((renewed?.endsOn ?? '') > day(0)).toBe(true);
    const tasks = await call<Items<{ subject: string }>>(
      admin(),
      'GET',
      `/activities?accountId=${accountId}`,
    );
    expect(tasks.body.items.map((t) => t.subject)).toContain(
      'T-REMIND: negotiate the renewal (60 days to the end)',
    );
  });

  it('reservation sweep: a lapsed reservation goes back to free, logged without an actor', async () => {
    const vehicle = await create<{ id: string }>(admin(), '/logistics/vehicles', {
      plateNumber: 'Т001ЕМ99',
      make: 'MAN',
      model: 'TGX',
      bodyType: 'refrigerator',
      payloadKg: 18000,
    });
    const reserved = await call(admin(), 'POST', `/logistics/vehicles/${vehicle.id}/transition`, {
      to: 'reserved',
      reservedUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(reserved.status).toBe(200);
    await h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$executeRaw`UPDATE "LogisticsVehicle" SET "reservedUntil" = now() - interval '1 minute' WHERE "id" = ${vehicle.id}::uuid`,
    );
    const workflowId = await install('logistics.reservationSweep');
    await triggerSchedule(workflowId);
    await completedRun(workflowId);
    // Read the row directly: reading through the API would release the reservation itself.
    const row = await h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$queryRaw<
          { status: string }[]
        >`SELECT "status" FROM "LogisticsVehicle" WHERE "id" = ${vehicle.id}::uuid`,
    );
    expect(row).toEqual([{ status: 'free' }]);
    const history = await call<
      Items<{ toStatus: string; actorUserId: string | null; reason: string | null }>
    >(admin(), 'GET', `/logistics/vehicles/${vehicle.id}/history`);
    expect(history.body.items[0]).toMatchObject({
      toStatus: 'free',
      actorUserId: null,
      reason: 'reservation expired without confirmation',
    });
  });

  it('mid-period plan alert: notifies the manager behind plan', async () => {
    const rep = a.users.sales_rep;
    const set = await call(admin(), 'PUT', '/logistics/plans', {
      userId: rep.userId,
      periodStart: day(-10),
      periodEnd: day(9),
      callsExisting: 10,
      callsPotential: 10,
      meetingsExisting: 5,
      meetingsPotential: 5,
    });
    expect(set.status).toBe(200);
    const workflowId = await install('logistics.planMidPeriodAlert');
    await triggerSchedule(workflowId);
    await completedRun(workflowId);
    const notes = await call<Items<{ title: string; recordType: string | null }>>(
      rep.token,
      'GET',
      '/notifications',
    );
    expect(
      notes.body.items.filter((n) => n.recordType === 'logistics.salesPlan').map((n) => n.title),
    ).toEqual([expect.stringMatching(/^Sales plan 0% done at mid-period: /)]);
  });

  it('new account qualification: a call task for a new account', async () => {
    const workflowId = await install('logistics.newAccountQualification');
    const account = await create<{ id: string }>(admin(), '/accounts', { name: 'АО «Балтийский экспресс»' });
    await completedRun(workflowId);
    const tasks = await call<Items<{ type: string; subject: string }>>(
      admin(),
      'GET',
      `/activities?accountId=${account.id}`,
    );
    expect(tasks.body.items.map((t) => [t.type, t.subject])).toEqual([
      ['call', 'Qualify АО «Балтийский экспресс»: services, volumes, other carriers'],
    ]);
  });
});
