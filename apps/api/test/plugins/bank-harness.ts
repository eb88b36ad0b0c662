import { afterAll, beforeAll, expect } from 'vitest';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from '../support/test-app.js';

export interface Plan {
  id: string;
  tenantId: string;
  managerId: string | null;
  contactId: string | null;
  clientName: string;
  tier: { key: string; contactIntervalDays: number };
  nextContactDueAt: string | null;
  valueTier: string | null;
  version: number;
  assignment?: { by: string; managerId: string; ruleId: string | null };
}
export interface Referral {
  id: string;
  status: string;
  allowedTransitions: string[];
}
export interface Offer {
  id: string;
  status: string;
  taskActivityId: string | null;
}
export interface Items<T> {
  items: T[];
}

/**
 * The bank plugin over HTTP, shared by the bank test files: a fresh app with tenant A (bank on, no
 * demo data, a "Private banking" team where the sales manager leads the rep, tiers `vip` and `mass`)
 * and tenant B (no bank). Call at the top of a test file: it registers the hooks; `h`, `a` and `b`
 * are ready inside tests and `beforeAll` hooks registered after it.
 */
export function bankHarness() {
  let h: TestApp | undefined;
  let a: TestTenant | undefined;
  let b: TestTenant | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the bank harness is not set up yet (use it inside tests)');
    return value;
  };
  const { call, create } = restClient(() => ready(h));
  const harness = {
    get h() {
      return ready(h);
    },
    get a() {
      return ready(a);
    },
    get b() {
      return ready(b);
    },
    call,
    create,
    admin: () => ready(a).users.admin.token,
    rep: () => ready(a).users.sales_rep.token,
    manager: () => ready(a).users.sales_manager.token,
    /** A contact owned by `ownerId`, or by nobody (a new prospect). */
    contact: async (firstName: string, ownerId: string | null = null): Promise<string> =>
      (await create<{ id: string }>(harness.admin(), '/contacts', { firstName, ownerId })).id,
    /** A client plan kept with the contact's owner ("already owned" protection). */
    clientOf: async (firstName: string, ownerId: string, tierKey: 'vip' | 'mass' = 'mass'): Promise<Plan> =>
      create<Plan>(harness.admin(), '/bank/clients', {
        contactId: await harness.contact(firstName, ownerId),
        tierKey,
      }),
  };

  beforeAll(async () => {
    h = await createTestApp();
    a = await createTestTenant(h, 'Bank A');
    b = await createTestTenant(h, 'Bank B');
    const admin = harness.admin();
    await create(admin, '/teams', {
      name: 'Private banking',
      members: [
        { userId: a.users.sales_manager.userId, isManager: true },
        { userId: a.users.sales_rep.userId, isManager: false },
      ],
    });
    const enabled = await call(admin, 'POST', '/plugins/bank/enable', { config: { seedDemoData: false } });
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
    for (const tier of [
      {
        key: 'vip',
        name: 'VIP',
        customerCategory: 'private_banking',
        serviceLevel: 'dedicated',
        contactIntervalDays: 30,
        rank: 1,
      },
      {
        key: 'mass',
        name: 'Mass',
        customerCategory: 'mass',
        serviceLevel: 'remote',
        contactIntervalDays: 180,
        rank: 4,
      },
    ]) {
      expect((await call(admin, 'POST', '/bank/tiers', tier)).status).toBe(200);
    }
  });
  afterAll(async () => h?.close());
  return harness;
}
