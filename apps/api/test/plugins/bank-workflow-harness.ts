import { workflows } from '@crm/core';
import { testTaskQueue, testTemporal, testWorkflowBundle } from '@crm/core/testing';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  startCrmWorker,
  startOutboxRelay,
  type RunningRelay,
  type RunningWorker,
} from '../../src/workflow-runtime/workflow-runtime.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

export interface Items<T> {
  items: T[];
}
export interface Run {
  id: string;
  status: string;
  error: string | null;
}
export interface Offer {
  id: string;
  planId: string;
  productType: string;
  source: string;
  status: string;
  taskActivityId: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
}
export interface Task {
  id: string;
  subject: string;
  ownerId: string | null;
}

/**
 * The bank's workflow templates on the real Temporal dev server, in the production composition: the CRM
 * worker with every registered activity (the bank's among them) and the relay that turns "published"
 * into Temporal Schedules. Tenant A has the bank plugin on, a "Retail desk" team (the manager leads the
 * rep) and two tiers; tenant B has nothing. Call at the top of a test file: it registers the hooks.
 */
export function bankWorkflowHarness(name: string) {
  let h: TestApp;
  let a: TestTenant;
  let b: TestTenant;
  let worker: RunningWorker;
  let relay: RunningRelay;
  const taskQueue = testTaskQueue(name);
  const { call, create } = restClient(() => h);
  const admin = () => a.users.admin.token;

  beforeAll(async () => {
    h = await createTestApp();
    a = await createTestTenant(h, 'Bank WF');
    b = await createTestTenant(h, 'Other');
    const { address, namespace } = testTemporal();
    const settings = {
      database: h.t.db,
      mailer: h.services.mailer,
      temporalAddress: address,
      namespace,
      taskQueue,
      logLevel: 'error' as const,
    };
    worker = await startCrmWorker({ ...settings, workflows: { workflowBundle: await testWorkflowBundle() } });
    relay = startOutboxRelay({ ...settings, listenUrl: h.t.url });
    await create(admin(), '/teams', {
      name: 'Retail desk',
      members: [
        { userId: a.users.sales_manager.userId, isManager: true },
        { userId: a.users.sales_rep.userId, isManager: false },
      ],
    });
    expect(
      (await call(admin(), 'POST', '/plugins/bank/enable', { config: { seedDemoData: false } })).status,
    ).toBe(200);
    await call(admin(), 'POST', '/bank/tiers', {
      key: 'mass',
      name: 'Mass',
      customerCategory: 'mass',
      serviceLevel: 'remote',
      contactIntervalDays: 180,
      rank: 4,
    });
    await call(admin(), 'POST', '/bank/tiers', {
      key: 'vip',
      name: 'VIP',
      customerCategory: 'private_banking',
      serviceLevel: 'dedicated',
      contactIntervalDays: 30,
      rank: 1,
    });
  });
  afterAll(async () => {
    await relay.stop();
    await worker.stop();
    await h.close();
  });

  /** A client of the rep with products opened `daysAgo` days ago; its plan id. */
  async function client(
    name: string,
    tierKey: string,
    products: { type: string; daysAgo: number; balance: number }[],
  ) {
    const contact = await create<{ id: string }>(admin(), '/contacts', {
      firstName: name,
      ownerId: a.users.sales_rep.userId,
    });
    const plan = await create<{ id: string }>(admin(), '/bank/clients', { contactId: contact.id, tierKey });
    for (const [i, p] of products.entries()) {
      await create(admin(), '/bank/products', {
        planId: plan.id,
        productType: p.type,
        number: `${name}-${i}`,
        openedAt: new Date(Date.now() - p.daysAgo * DAY_MS).toISOString(),
        balance: p.balance,
      });
    }
    return { planId: plan.id, contactId: contact.id };
  }

  /** Installs a bank template (published): its Temporal Schedule appears; `runNow` fires it and waits. */
  async function installed(templateId: string) {
    const workflow = await create<{ id: string }>(admin(), `/workflow-templates/${templateId}/install`, {
      publish: true,
    });
    const schedule = relay.temporal.client.schedule.getHandle(workflows.scheduleId(a.tenantId, workflow.id));
    await expect
      .poll(
        () =>
          schedule.describe().then(
            () => 'exists',
            () => 'absent',
          ),
        { timeout: 30_000 },
      )
      .toBe('exists');
    let done = 0;
    return {
      async runNow(): Promise<Run> {
        // Scheduled runs are named by their start time to the second: two triggers in the same second
        // would be one run.
        if (done > 0) await new Promise((resolve) => setTimeout(resolve, 1_100));
        await schedule.trigger();
        done += 1;
        await expect
          .poll(
            async () => {
              const runs = await call<Items<Run>>(admin(), 'GET', `/workflow-runs?workflowId=${workflow.id}`);
              const failed = runs.body.items.find((r) => r.status === 'failed');
              if (failed) throw new Error(`run failed: ${failed.error ?? ''}`);
              return runs.body.items.filter((r) => r.status === 'completed').length;
            },
            { timeout: 30_000, interval: 250 },
          )
          .toBe(done);
        const runs = await call<Items<Run>>(
          admin(),
          'GET',
          `/workflow-runs?workflowId=${workflow.id}&status=completed`,
        );
        const [latest] = runs.body.items;
        if (!latest) throw new Error('no completed run');
        return latest;
      },
    };
  }

  /** Moves a bank row's timestamps back in time, as if days had passed (system role, tenant A only). */
  async function age(
    table: 'BankOffer' | 'BankHandover' | 'BankReferral' | 'BankCampaign',
    column: string,
    id: string,
    days: number,
  ) {
    await h.t.db.withSystemRoleAcrossTenants((db) =>
      db.$executeRawUnsafe(
        `UPDATE "${table}" SET "${column}" = "${column}" - make_interval(days => $1) WHERE "tenantId" = $2::uuid AND "id" = $3::uuid`,
        days,
        a.tenantId,
        id,
      ),
    );
  }

  const tasksOf = async (contactId: string) =>
    (await call<Items<Task>>(admin(), 'GET', `/activities?contactId=${contactId}&limit=100`)).body.items;

  return {
    get h() {
      return h;
    },
    get a() {
      return a;
    },
    get b() {
      return b;
    },
    call,
    create,
    admin,
    client,
    installed,
    age,
    tasksOf,
  };
}

export const DAY_MS = 86_400_000;
