import { describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import { bankHarness, type Plan, type Items } from './bank-harness.js';

const bank = bankHarness();
const { call, create, admin, rep, manager, contact } = bank;

describe('bank clients: distribution with "already owned" protection', () => {
  it('distributes an unowned client by the rules, keeps an owned one with its owner, refuses a second plan', async () => {
    const rule = await create<{ id: string }>(admin(), '/bank/distribution-rules', {
      name: 'VIP desk',
      priority: 10,
      tierKey: 'vip',
      managerIds: [bank.a.users.sales_manager.userId, bank.a.users.sales_rep.userId],
    });
    const unowned = await contact('Анна');
    const first = await create<Plan>(admin(), '/bank/clients', {
      contactId: unowned,
      tierKey: 'vip',
      segment: 'Premium',
    });
    expect(first.assignment).toMatchObject({ by: 'rule', ruleId: rule.id });
    // The core contact now belongs to the chosen manager, with its ownership history.
    const owner = await call<{ ownerId: string }>(admin(), 'GET', `/contacts/${unowned}`);
    expect(owner.body.ownerId).toBe(first.managerId);
    // The next client goes to the other, less loaded manager of the rule.
    const second = await create<Plan>(admin(), '/bank/clients', {
      contactId: await contact('Борис'),
      tierKey: 'vip',
    });
    expect(new Set([first.managerId, second.managerId])).toEqual(
      new Set([bank.a.users.sales_manager.userId, bank.a.users.sales_rep.userId]),
    );

    const owned = await contact('Вера', bank.a.users.sales_rep.userId);
    const kept = await create<Plan>(admin(), '/bank/clients', { contactId: owned, tierKey: 'mass' });
    expect(kept).toMatchObject({ managerId: bank.a.users.sales_rep.userId, assignment: { by: 'owner' } });
    const again = await call<ErrorBody>(admin(), 'POST', '/bank/clients', {
      contactId: owned,
      tierKey: 'vip',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already has a relationship plan');
    // A rep cannot take over a client someone else owns.
    const othersClient = await contact('Глеб', bank.a.users.sales_manager.userId);
    const grab = await call<ErrorBody>(manager(), 'POST', '/bank/clients', {
      contactId: othersClient,
      tierKey: 'mass',
      managerId: bank.a.users.sales_rep.userId,
    });
    expect(grab.status).toBe(201); // a sales manager may reassign within the team (assign on clients)
    const outside = await call<ErrorBody>(manager(), 'POST', '/bank/clients', {
      contactId: await contact('Ефим', bank.a.users.sales_manager.userId),
      tierKey: 'mass',
      managerId: bank.a.users.admin.userId,
    });
    expect(outside.status).toBe(403); // …but not to someone outside the team
    await create(admin(), '/bank/clients', {
      contactId: await contact('Жанна', bank.a.users.admin.userId),
      tierKey: 'mass',
    });
    const repGrab = await call<ErrorBody>(rep(), 'POST', '/bank/clients', {
      contactId: await contact('Зоя', bank.a.users.sales_manager.userId),
      tierKey: 'mass',
    });
    expect(repGrab.status).toBe(400); // the rep cannot even read that contact
    expect(fieldsOf(repGrab.body)).toEqual(['contactId']);
  });

  it('refuses bad input naming the fields, writing nothing', async () => {
    const neither = await call<ErrorBody>(admin(), 'POST', '/bank/clients', { tierKey: 'vip' });
    expect(neither.status).toBe(400);
    expect(fieldsOf(neither.body)).toEqual(['contactId']);
    const noTier = await call<ErrorBody>(admin(), 'POST', '/bank/clients', {
      contactId: await contact('Дина'),
      tierKey: 'gold',
    });
    expect(fieldsOf(noTier.body)).toEqual(['tierKey']);
    const plan = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients')).body.items[0];
    const product = await call<ErrorBody>(admin(), 'POST', '/bank/products', {
      planId: plan?.id,
      productType: 'debit_card',
      number: 'X-1',
      openedAt: '2026-01-01',
      currency: 'rub',
      balance: 'lots',
    });
    expect(product.status).toBe(400);
    expect(fieldsOf(product.body).sort()).toEqual(['balance', 'currency']);
  });

  it("lets reps see their clients, managers their team's and admins all; a tier change moves the next contact", async () => {
    const all = (await call<Items<Plan>>(admin(), 'GET', '/bank/clients?limit=200')).body.items;
    const mine = (await call<Items<Plan>>(rep(), 'GET', '/bank/clients?limit=200')).body.items;
    const team = (await call<Items<Plan>>(manager(), 'GET', '/bank/clients?limit=200')).body.items;
    const teamIds = [bank.a.users.sales_manager.userId, bank.a.users.sales_rep.userId];
    expect(team.every((p) => p.managerId !== null && teamIds.includes(p.managerId))).toBe(true);
    expect(team.length).toBeGreaterThan(mine.length);
    expect(team.length).toBeLessThan(all.length);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((p) => p.managerId === bank.a.users.sales_rep.userId)).toBe(true);
    const others = all.find((p) => p.managerId !== bank.a.users.sales_rep.userId);
    expect((await call(rep(), 'GET', `/bank/clients/${others?.id}`)).status).toBe(404);
    // One client's plan by its contact, within the actor's scope only.
    const person = all.find((p) => p.contactId !== null && p.managerId !== bank.a.users.sales_rep.userId);
    if (!person?.contactId) throw new Error('the seed has an individual client of another manager');
    const byContact = `/bank/clients?contactId=${person.contactId}`;
    expect((await call<Items<Plan>>(admin(), 'GET', byContact)).body.items.map((p) => p.id)).toEqual([
      person.id,
    ]);
    expect((await call<Items<Plan>>(rep(), 'GET', byContact)).body.items).toEqual([]);
    const own = mine[0];
    if (!own) throw new Error('the rep has a client');
    const changed = await call<Plan>(rep(), 'PATCH', `/bank/clients/${own.id}`, {
      tierKey: own.tier.key === 'vip' ? 'mass' : 'vip',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.tier.key).not.toBe(own.tier.key);
    // Profitability is for managers and admins, not reps.
    const snapshot = { planId: own.id, period: '2026-10-01', revenue: 70000, costToServe: 12000 };
    expect((await call(rep(), 'POST', `/bank/clients/${own.id}/profitability`, snapshot)).status).toBe(403);
    const recorded = await call<{ margin: string; valueTier: string }>(
      admin(),
      'POST',
      `/bank/clients/${own.id}/profitability`,
      snapshot,
    );
    expect(recorded.body).toMatchObject({ margin: '58000.00', valueTier: 'A' });
    expect((await call<Plan>(admin(), 'GET', `/bank/clients/${own.id}`)).body.valueTier).toBe('A');
  });
});
