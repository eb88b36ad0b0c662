import { describe, expect, it } from 'vitest';
import { fieldsOf, type ErrorBody } from '../support/rest-call.js';
import { day, logisticsHarness, type Contract, type Items } from './logistics-harness.js';

const w = logisticsHarness('Северсталь-Транс');
const { call, create, admin } = w;

describe('contracts and the contracts-to-renew list', () => {
  it('validates terms naming the field', async () => {
    const res = await call<ErrorBody>(admin(), 'POST', '/logistics/contracts', {
      number: 'BAD-1',
      accountId: w.accountId,
      kind: 'client',
      startsOn: day(10),
      endsOn: day(5),
      noticeDays: 400,
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['endsOn', 'noticeDays']);
  });

  it('lists active contracts ending soon, most urgent notice deadline first, with their stage', async () => {
    const soon = await create<Contract>(admin(), '/logistics/contracts', {
      number: 'ЛГ-1',
      accountId: w.accountId,
      kind: 'client',
      startsOn: day(-300),
      endsOn: day(40),
      noticeDays: 30,
    });
    expect(soon.noticeDeadline).toBe(day(10));
    await create(admin(), '/logistics/contracts', {
      number: 'ЛГ-2',
      accountId: w.accountId,
      kind: 'carrier',
      startsOn: day(-200),
      endsOn: day(80),
      noticeDays: 10,
      autoRenew: true,
    });
    await create(admin(), '/logistics/contracts', {
      number: 'ЛГ-3',
      accountId: w.accountId,
      kind: 'supplier',
      startsOn: day(-10),
      endsOn: day(300),
    });
    const duplicate = await call<ErrorBody>(admin(), 'POST', '/logistics/contracts', {
      number: 'ЛГ-1',
      accountId: w.accountId,
      kind: 'client',
      startsOn: day(0),
      endsOn: day(100),
    });
    expect(fieldsOf(duplicate.body)).toEqual(['number']);

    const renewals = await call<Items<Contract>>(
      admin(),
      'GET',
      '/logistics/contracts/renewals?withinDays=90',
    );
    expect(renewals.status).toBe(200);
    expect(renewals.body.items.map((c) => [c.number, c.stage, c.daysToEnd, c.accountName])).toEqual([
      ['ЛГ-1', 'remind', 40, 'Северсталь-Транс'],
      ['ЛГ-2', 'prepare', 80, 'Северсталь-Транс'],
    ]);
    const carriers = await call<Items<Contract>>(
      admin(),
      'GET',
      '/logistics/contracts/renewals?kind=carrier',
    );
    expect(carriers.body.items.map((c) => c.number)).toEqual(['ЛГ-2']);

    const report = await call<{
      result: { total: { within30: number; within60: number; within90: number } };
    }>(w.a.users.viewer.token, 'POST', '/reports/logistics.contractsExpiring/run', {});
    expect(report.body.result.total).toEqual({ within30: 0, within60: 1, within90: 2 });

    const timeline = await call<Items<{ kind: string; data: { number: string } }>>(
      admin(),
      'GET',
      `/accounts/${w.accountId}/timeline`,
    );
    expect(
      timeline.body.items
        .filter((e) => e.kind === 'logistics.contract')
        .map((e) => e.data.number)
        .sort(),
    ).toEqual(['ЛГ-1', 'ЛГ-2', 'ЛГ-3']);
  });
});

describe('account profiles (plugin-owned link to core accounts)', () => {
  it('flags an account as client / partner with services, volumes and other carriers', async () => {
    const res = await call<{ isClient: boolean; growthGapLoads: number; accountName: string }>(
      admin(),
      'PATCH',
      `/logistics/accounts/${w.accountId}`,
      {
        isClient: true,
        isPartner: true,
        services: ['ftl', 'refrigerated'],
        monthlyLoads: 12,
        potentialLoads: 30,
        growthPotential: 'high',
        otherCarriers: ['ПЭК'],
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ isClient: true, growthGapLoads: 18, accountName: 'Северсталь-Транс' });
    const bad = await call<ErrorBody>(admin(), 'PATCH', `/logistics/accounts/${w.accountId}`, {
      services: ['teleport'],
    });
    expect(fieldsOf(bad.body)).toEqual(['services.0']);
    const partners = await call<Items<{ accountId: string }>>(
      admin(),
      'GET',
      '/logistics/accounts?role=partner',
    );
    expect(partners.body.items.map((p) => p.accountId)).toEqual([w.accountId]);
    const suppliers = await call<Items<unknown>>(admin(), 'GET', '/logistics/accounts?role=supplier');
    expect(suppliers.body.items).toEqual([]);
    expect((await call(admin(), 'GET', `/logistics/accounts/${w.a.tenantId}`)).status).toBe(404);
  });
});
