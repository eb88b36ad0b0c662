import { beforeAll, describe, expect, it } from 'vitest';
import { workflows } from '@crm/core';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { workflowStepTypes } from '../../src/routers/workflows/workflow-extensions.js';
import {
  basic10Prices,
  launchedOffering,
  midMonth,
  start5Prices,
  threeMonthsOfUsage,
} from './support/telecom-fixtures.js';
import { telecomWorkflowHarness, type Items } from './telecom-workflow-harness.js';

// The telecom workflows end to end: published through the API, run by the real worker on the
// Temporal dev server, the plugin's activities writing in the tenant. The templates wait 7 and 14
// days; the runs here use the same steps with delays of seconds. SLA escalation and churn risk:
// telecom-workflows-sla.test.ts.

interface Recommendation {
  id: string;
  status: string;
  monthlySaving: number;
  trigger: string;
  recommendedOffering: { name: string };
  months: { month: string; currentCost: number; recommendedCost: number; saving: number }[];
  remindedAt?: string;
  taskActivityId?: string;
  orderId?: string;
}

const w = telecomWorkflowHarness('telecom-workflows');
const { rest, call, create, admin, publish, runOn, finished } = w;
let start5Id = '';

beforeAll(async () => {
  start5Id = (await launchedOffering(rest, admin(), 'Старт 5 ГБ', start5Prices)).id;
  await launchedOffering(rest, admin(), 'Базовый 10 ГБ', basic10Prices);
});

/** A client (owned by the sales rep) with one Start 5 GB line and its last three months of usage. */
async function clientWithHeavyCalls(name: string, serial: string) {
  const account = await create<{ id: string }>(admin(), '/accounts', {
    name,
    ownerId: w.a.users.sales_rep.userId,
  });
  const line = await create<{ id: string }>(admin(), '/telecom/product', {
    accountId: account.id,
    productOffering: { id: start5Id },
    productSerialNumber: serial,
    status: 'active',
    startDate: midMonth(5),
  });
  const usage = threeMonthsOfUsage(account.id, line.id, [
    [7.2, 340, 20],
    [8.1, 410, 15],
    [6.5, 380, 10],
  ]);
  expect((await call(admin(), 'POST', '/telecom/usage', { items: usage })).status).toBe(201);
  return { accountId: account.id, productId: line.id };
}

/** The tariff-savings template's steps with its 7-day delays shortened to `seconds`. */
const savingsOffer = (seconds: number) => ({
  trigger: { type: 'manual', recordType: 'account' },
  steps: [
    { id: 'offer', kind: 'telecom.offerTariffSavings', input: {} },
    {
      id: 'offered',
      kind: 'condition',
      if: 'steps.offer.created > 0',
      then: [
        { id: 'week', kind: 'delay', duration: { seconds } },
        { id: 'remind', kind: 'telecom.remindRecommendations', input: { scope: 'thisRun' } },
        { id: 'fortnight', kind: 'delay', duration: { seconds } },
        { id: 'expire', kind: 'telecom.expireRecommendations', input: { scope: 'thisRun' } },
      ],
    },
  ],
});

describe('telecom templates in the workflow language', () => {
  it('contributes step types the validator knows and templates that validate and install', async () => {
    const kinds = workflowStepTypes.list().map((s) => s.kind);
    for (const kind of [
      'telecom.offerTariffSavings',
      'telecom.remindRecommendations',
      'telecom.expireRecommendations',
      'telecom.escalateTicketSlas',
      'telecom.scoreChurnRisk',
      'telecom.orderFollowUp',
    ])
      expect(kinds).toContain(kind);
    const templates = installedPluginRegistry.templates.filter((t) => t.id.startsWith('telecom.'));
    expect(templates.map((t) => t.id)).toEqual([
      'telecom.tariffSavingsOffer',
      'telecom.nightlyTariffSavings',
      'telecom.ticketSlaEscalation',
      'telecom.churnRiskAlert',
      'telecom.orderFollowUp',
    ]);
    for (const template of templates)
      expect(
        workflows.validateDefinition(template.definition, workflowStepTypes).issues,
        template.id,
      ).toEqual([]);
    const installed = await call(
      admin(),
      'POST',
      '/workflow-templates/telecom.tariffSavingsOffer/install',
      {},
    );
    expect(installed.status).toBe(201);
  });
});

describe('the tariff-savings offer on Temporal', () => {
  it('offers the cheaper tariff with month-by-month savings and a task, reminds, then expires it unanswered', async () => {
    const client = await clientWithHeavyCalls('ООО «Вектор»', '+79161110001');
    const workflowId = await publish('Savings (fast timers)', savingsOffer(2));
    const run = await finished(await runOn(workflowId, client.accountId));
    expect(run.status, run.error ?? '').toBe('completed');
    expect(run.steps.map((s) => [s.stepId, s.status])).toEqual([
      ['offer', 'completed'],
      ['offered', 'completed'],
      ['week', 'completed'],
      ['remind', 'completed'],
      ['fortnight', 'completed'],
      ['expire', 'completed'],
    ]);
    const recs = await call<Items<Recommendation>>(
      w.a.users.sales_rep.token,
      'GET',
      `/telecom/recommendation?accountId=${client.accountId}`,
    );
    expect(recs.body.items).toHaveLength(1);
    const rec = recs.body.items[0];
    expect(rec).toMatchObject({
      status: 'expired',
      trigger: 'saving',
      monthlySaving: 500.34,
      recommendedOffering: { name: 'Базовый 10 ГБ' },
    });
    expect(rec?.months.map((m) => [m.currentCost, m.recommendedCost, m.saving])).toEqual([
      [954, 470, 484],
      [1227, 610, 617],
      [950, 550, 400],
    ]);
    expect(rec?.remindedAt).toBeDefined();
    const task = await call<{
      subject: string;
      ownerId: string;
      done: boolean;
      outcome: string;
      body: string;
    }>(w.a.users.sales_rep.token, 'GET', `/activities/${rec?.taskActivityId ?? ''}`);
    expect(task.body).toMatchObject({
      ownerId: w.a.users.sales_rep.userId,
      done: true,
      outcome: 'expired: not accepted',
    });
    // Intl puts a no-break space between the currency and the amount.
    expect(task.body.subject).toMatch(/^\+79161110001: offer "Базовый 10 ГБ", saving RUB\s500\.34 a month$/);
    expect(task.body.body).toMatch(
      /\d{4}-\d\d: now RUB\s1,227\.00, on "Базовый 10 ГБ" RUB\s610\.00, saving RUB\s617\.00/,
    );
    const notes = await call<Items<{ title: string }>>(w.a.users.sales_rep.token, 'GET', '/notifications');
    expect(notes.body.items.map((n) => n.title)).toContain(
      'Reminder: the offer of "Базовый 10 ГБ" for +79161110001 is waiting for the client\'s answer',
    );
    // The client let it lapse: no new offer for that line for 30 days.
    const again = await finished(await runOn(workflowId, client.accountId));
    expect(again.steps.map((s) => s.stepId)).toEqual(['offer', 'offered']);
    expect(again.steps[0]?.detail).toMatchObject({ analysed: 1, created: 0 });
  });

  it('an accepted offer becomes a TMF622 order and is not expired by the timer', async () => {
    const client = await clientWithHeavyCalls('АО «Полюс»', '+79161110002');
    const workflowId = await publish('Savings (slow timers)', savingsOffer(8));
    const runId = await runOn(workflowId, client.accountId);
    let rec: Recommendation | undefined;
    await expect
      .poll(
        async () => {
          rec = (
            await call<Items<Recommendation>>(
              admin(),
              'GET',
              `/telecom/recommendation?accountId=${client.accountId}`,
            )
          ).body.items[0];
          return rec?.status;
        },
        { timeout: 40_000, interval: 300 },
      )
      .toBe('issued');
    const accepted = await call<Recommendation>(
      w.a.users.sales_rep.token,
      'POST',
      `/telecom/recommendation/${rec?.id ?? ''}/accept`,
      {},
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const order = await call<{
      state: string;
      productOrderItem: { action: string; product: { id: string }; productOffering: { name: string } }[];
    }>(admin(), 'GET', `/telecom/productOrder/${accepted.body.orderId ?? ''}`);
    expect(order.body).toMatchObject({
      state: 'acknowledged',
      productOrderItem: [
        { action: 'modify', product: { id: client.productId }, productOffering: { name: 'Базовый 10 ГБ' } },
      ],
    });
    const run = await finished(runId);
    expect(run.status).toBe('completed');
    expect(run.steps.find((s) => s.stepId === 'expire')?.detail).toMatchObject({ expired: 0 });
    expect(
      (await call<Recommendation>(admin(), 'GET', `/telecom/recommendation/${rec?.id ?? ''}`)).body.status,
    ).toBe('accepted');
  });
});
