import { plugins, workflows } from '@crm/core';
import { describe, expect, it } from 'vitest';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { workflowStepTypes } from '../../src/routers/workflows/workflow-extensions.js';
import { bankWorkflowHarness, DAY_MS, type Items, type Offer } from './bank-workflow-harness.js';

const w = bankWorkflowHarness('bank-workflows');
const { call, create, admin, client, installed, age, tasksOf } = w;

describe('bank workflow templates', () => {
  it('validate in the workflow language and install only for tenants with the plugin on', async () => {
    const templates = installedPluginRegistry.templates.filter((t) => t.pluginId === 'bank');
    expect(templates.map((t) => t.id)).toEqual([
      'bank.secondProduct',
      'bank.contactCadence',
      'bank.managerHandover',
      'bank.referralReviewSla',
      'bank.campaignEvaluation',
    ]);
    for (const template of templates) {
      expect(
        workflows.validateDefinition(template.definition, workflowStepTypes).issues,
        template.id,
      ).toEqual([]);
    }
    const other = await call<Items<{ id: string }>>(w.b.users.admin.token, 'GET', '/workflow-templates');
    expect(other.body.items.filter((t) => t.id.startsWith('bank.'))).toEqual([]);
    expect(
      (await call(w.b.users.admin.token, 'POST', '/workflow-templates/bank.secondProduct/install', {}))
        .status,
    ).toBe(404);
    await plugins.enablePluginsAsTenantAdmin(w.h.t.db, w.b.tenantId, w.h.services.plugins, ['bank']);
    const enabled = await call<Items<{ id: string }>>(w.b.users.admin.token, 'GET', '/workflow-templates');
    expect(enabled.body.items.map((t) => t.id)).toContain('bank.managerHandover');
  });
});

describe('second product on real Temporal', () => {
  it(
    'offers the next product 14 days after the first, with a task; reminds and escalates when ignored',
    { timeout: 180_000 },
    async () => {
      const fresh = await client('Second', 'mass', [{ type: 'current_account', daysAgo: 15, balance: 1000 }]);
      const tooNew = await client('TooNew', 'mass', [{ type: 'current_account', daysAgo: 3, balance: 1000 }]);
      const two = await client('TwoProducts', 'mass', [
        { type: 'current_account', daysAgo: 20, balance: 1000 },
        { type: 'savings', daysAgo: 18, balance: 5000 },
      ]);
      const play = await installed('bank.secondProduct');
      expect((await play.runNow()).status).toBe('completed');
      const offers = (await call<Items<Offer>>(admin(), 'GET', '/bank/offers?source=second_product')).body
        .items;
      expect(offers.map((o) => [o.planId, o.productType])).toEqual([[fresh.planId, 'debit_card']]);
      expect(offers.some((o) => o.planId === tooNew.planId || o.planId === two.planId)).toBe(false);
      const offer = offers[0];
      const task = (await tasksOf(fresh.contactId)).find((t) => t.id === offer?.taskActivityId);
      expect(task).toMatchObject({ ownerId: w.a.users.sales_rep.userId });

      // Run again: nothing twice. Then 15 days pass with the offer ignored: reminder + escalation.
      await play.runNow();
      expect(
        (await call<Items<Offer>>(admin(), 'GET', '/bank/offers?source=second_product')).body.items,
      ).toHaveLength(1);
      await age('BankOffer', 'createdAt', offer?.id ?? '', 15);
      await play.runNow();
      const followed = (await call<Items<Offer>>(admin(), 'GET', '/bank/offers?source=second_product')).body
        .items[0];
      expect(followed?.remindedAt).not.toBeNull();
      expect(followed?.escalatedAt).not.toBeNull();
      const tasks = await tasksOf(fresh.contactId);
      expect(tasks.find((t) => t.subject.startsWith('Escalation:'))?.ownerId).toBe(
        w.a.users.sales_manager.userId,
      );
      expect(tasks.filter((t) => t.subject.startsWith('Reminder:'))).toHaveLength(1);
      // Validity runs out: the offer expires (logged).
      await age('BankOffer', 'validUntil', offer?.id ?? '', 60);
      await play.runNow();
      const history = await call<Items<{ toStatus: string; reason: string | null }>>(
        admin(),
        'GET',
        `/bank/offers/${offer?.id ?? ''}/history`,
      );
      expect(history.body.items[0]).toMatchObject({ toStatus: 'expired', reason: 'validity ran out' });
    },
  );
});

describe('manager-departure handover on real Temporal', () => {
  it(
    'reassigns by the rules, creates intro calls, watches for loss, then closes and lifts the freeze',
    { timeout: 180_000 },
    async () => {
      await create(admin(), '/bank/distribution-rules', {
        name: 'Everyone',
        managerIds: [w.a.users.sales_rep.userId, w.a.users.sales_manager.userId],
      });
      const kept = await client('Kept', 'vip', [{ type: 'deposit', daysAgo: 300, balance: 900_000 }]);
      const leaving = await client('Leaving', 'vip', [
        { type: 'current_account', daysAgo: 400, balance: 100_000 },
        { type: 'credit_card', daysAgo: 200, balance: 0 },
      ]);
      const handover = await create<{ id: string; clients: { planId: string }[] }>(
        admin(),
        '/bank/handovers',
        {
          departingUserId: w.a.users.sales_rep.userId,
          reason: 'moves to another city',
        },
      );
      expect(handover.clients.map((c) => c.planId)).toEqual(
        expect.arrayContaining([kept.planId, leaving.planId]),
      );
      const flow = await installed('bank.managerHandover');
      await flow.runNow();
      const moved = await call<{
        status: string;
        clients: { planId: string; toUserId: string; introTaskId: string }[];
      }>(admin(), 'GET', `/bank/handovers/${handover.id}`);
      expect(moved.body.status).toBe('reassigned');
      expect(new Set(moved.body.clients.map((c) => c.toUserId))).toEqual(
        new Set([w.a.users.sales_manager.userId]),
      );
      const intro = (await tasksOf(kept.contactId)).find((t) => t.subject.startsWith('Intro call'));
      expect(intro?.ownerId).toBe(w.a.users.sales_manager.userId);
      const contact = await call<{ ownerId: string }>(admin(), 'GET', `/contacts/${kept.contactId}`);
      expect(contact.body.ownerId).toBe(w.a.users.sales_manager.userId);

      // The client starts leaving: a product closes. The watch opens a retention task once.
      const products = await call<Items<{ id: string; productType: string }>>(
        admin(),
        'GET',
        `/bank/products?planId=${leaving.planId}`,
      );
      const card = products.body.items.find((p) => p.productType === 'credit_card');
      expect(
        (await call(admin(), 'PATCH', `/bank/products/${card?.id ?? ''}`, { status: 'closed' })).status,
      ).toBe(200);
      await flow.runNow();
      await flow.runNow();
      const retention = (await tasksOf(leaving.contactId)).filter((t) =>
        t.subject.startsWith('Retain the client'),
      );
      expect(retention).toHaveLength(1);
      expect(retention[0]?.ownerId).toBe(w.a.users.sales_manager.userId);

      // 90 days later the watch ends: the handover closes and the freeze is lifted.
      await age('BankHandover', 'reassignedAt', handover.id, 91);
      await flow.runNow();
      const closed = await call<{ status: string; exportsFrozen: boolean }>(
        admin(),
        'GET',
        `/bank/handovers/${handover.id}`,
      );
      expect(closed.body).toMatchObject({ status: 'closed', exportsFrozen: false });
    },
  );
});

describe('tier contact cadence on real Temporal', () => {
  it(
    'gives the manager a task before the contact is due and moves the next contact after a call',
    { timeout: 180_000 },
    async () => {
      const vip = await client('Cadence', 'vip', [{ type: 'deposit', daysAgo: 100, balance: 5_000_000 }]);
      const cadence = await installed('bank.contactCadence');
      await cadence.runNow();
      const tasks = (await tasksOf(vip.contactId)).filter((t) =>
        t.subject.startsWith('Scheduled client contact'),
      );
      expect(tasks).toHaveLength(1);
      await cadence.runNow();
      expect(
        (await tasksOf(vip.contactId)).filter((t) => t.subject.startsWith('Scheduled client contact')),
      ).toHaveLength(1);
      // The manager calls the client: the next contact is due one tier interval (30 days) later.
      await create(admin(), '/activities', {
        type: 'call',
        subject: 'Quarterly review',
        contactId: vip.contactId,
        done: true,
      });
      await cadence.runNow();
      const plan = await call<{ lastContactAt: string; nextContactDueAt: string }>(
        admin(),
        'GET',
        `/bank/clients/${vip.planId}`,
      );
      const due =
        new Date(plan.body.nextContactDueAt).getTime() - new Date(plan.body.lastContactAt).getTime();
      expect(Math.round(due / DAY_MS)).toBe(30);
      expect(new Date(plan.body.nextContactDueAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    },
  );
});
