import { newId } from '@crm/core';
import { restClient } from './rest-call.js';
import type { TestApp, TestTenant } from './test-app.js';

/** The answer of POST /ownership/reassign. */
export interface Result {
  fromUserId: string;
  toUserId: string;
  counts: { account: number; contact: number; deal: number; activity: number };
  total: number;
}

export interface Book {
  accounts: string[];
  openActivities: string[];
  doneActivity: string;
  /** The third one is deleted. */
  contacts: string[];
  deals: string[];
  /** Every record a reassignment of the owner moves (the done activity stays). */
  all: string[];
}

/** An ownership change row. */
export interface HistoryRow {
  recordId: string;
  fromUserId: string | null;
  toUserId: string | null;
  reason: string | null;
  changedById: string | null;
}

export interface ReassignFixtures {
  /** Creates a user's book in tenant A: accounts and activities directly, contacts and deals through the API. */
  seedBook: (ownerId: string, label: string) => Promise<Book>;
  /** Every ownership change row of a tenant. */
  historyRows: (tenantId: string) => Promise<HistoryRow[]>;
}

/** Fixtures on the app and tenant a test file creates in `beforeAll` (read at each call). */
export function reassignFixtures(world: () => { h: TestApp; a: TestTenant }): ReassignFixtures {
  const { call } = restClient(() => world().h);
  async function seedBook(ownerId: string, label: string): Promise<Book> {
    const { h, a } = world();
    const admin = a.users.admin.token;
    const accounts = [newId(), newId()];
    const openActivities = [newId(), newId()];
    const doneActivity = newId();
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.account.createMany({
        data: accounts.map((id, i) => ({ tenantId: a.tenantId, id, name: `${label} account ${i}`, ownerId })),
      });
      await db.activity.createMany({
        data: [
          ...openActivities.map((id) => ({
            tenantId: a.tenantId,
            id,
            type: 'task',
            subject: `${label} call back`,
            ownerId,
          })),
          {
            tenantId: a.tenantId,
            id: doneActivity,
            type: 'call',
            subject: `${label} done call`,
            ownerId,
            done: true,
            completedAt: new Date(),
          },
        ],
      });
    });
    const contacts: string[] = [];
    for (const name of ['C1', 'C2', 'C3']) {
      const res = await call<{ id: string }>(admin, 'POST', '/contacts', {
        firstName: `${label} ${name}`,
        ownerId,
      });
      contacts.push(res.body.id);
    }
    await call(admin, 'DELETE', `/contacts/${contacts[2] ?? ''}`);
    const deals: string[] = [];
    for (const title of ['open deal', 'won deal']) {
      const res = await call<{ id: string }>(admin, 'POST', '/deals', {
        title: `${label} ${title}`,
        ownerId,
      });
      deals.push(res.body.id);
    }
    return {
      accounts,
      openActivities,
      doneActivity,
      contacts,
      deals,
      all: [...accounts, ...contacts, ...deals, ...openActivities],
    };
  }
  return {
    seedBook,
    historyRows: (tenantId) =>
      world().h.t.db.withTenant(tenantId, (db) =>
        db.ownershipChange.findMany({
          select: { recordId: true, fromUserId: true, toUserId: true, reason: true, changedById: true },
        }),
      ),
  };
}
