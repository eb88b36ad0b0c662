import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinesClient } from './support/pipeline-fixtures.js';
import { restClient } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// GET /pipelines/{id}/summary: deal counts and amounts per stage and currency.

interface Total {
  currency: string;
  count: number;
  amount?: string;
  weightedAmount?: string;
}
interface Summary {
  stages: { stageId: string; name: string; count: number; byCurrency: Total[] }[];
  totals: Total[];
}

let h: TestApp;
let a: TestTenant;
const { call } = restClient(() => h);
const { createPipeline, createDeal } = pipelinesClient(() => ({ h, a }));

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
});
afterAll(async () => h.close());

describe('pipeline summary', () => {
  it('counts, sums and weights live deals per stage and currency, exactly', async () => {
    const admin = a.users.admin.token;
    const pipeline = await createPipeline('Forecast');
    const [qual, proposal, negotiation, won, lost] = pipeline.stages.map((s) => s.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const inPipeline = (stageId: string, extra: object) => ({
      title: 'Deal',
      pipelineId: pipeline.id,
      stageId,
      ...extra,
    });
    await createDeal(admin, inPipeline(qual, { amount: '100000.00' }));
    await createDeal(admin, inPipeline(qual, { amount: 50000.5 }));
    await createDeal(admin, inPipeline(proposal, { amount: '33333.33' }));
    await createDeal(admin, inPipeline(proposal, { amount: '1000', currency: 'USD' }));
    await createDeal(admin, inPipeline(negotiation, {}));
    await createDeal(admin, inPipeline(won, { amount: '20000' }));
    await createDeal(admin, inPipeline(lost, { amount: '5000.00', lostReason: 'Price' }));
    const deleted = await createDeal(admin, inPipeline(qual, { amount: '999999.99' }));
    await call(admin, 'DELETE', `/deals/${deleted.id}`);

    const res = await call<Summary>(a.users.viewer.token, 'GET', `/pipelines/${pipeline.id}/summary`);
    expect(res.status).toBe(200);
    const rub = (count: number, amount: string, weightedAmount: string) => ({
      currency: 'RUB',
      count,
      amount,
      weightedAmount,
    });
    expect(res.body.stages.map((s) => [s.name, s.count, s.byCurrency])).toEqual([
      ['Qualification', 2, [rub(2, '150000.50', '15000.05')]],
      [
        'Proposal',
        2,
        [
          rub(1, '33333.33', '16666.67'),
          { currency: 'USD', count: 1, amount: '1000.00', weightedAmount: '500.00' },
        ],
      ],
      ['Negotiation', 1, [rub(1, '0.00', '0.00')]],
      ['Won', 1, [rub(1, '20000.00', '20000.00')]],
      ['Lost', 1, [rub(1, '5000.00', '0.00')]],
    ]);
    // 15000.05 + 16666.665 + 20000 = 51666.715: summed exactly, rounded once.
    expect(res.body.totals).toEqual([
      rub(6, '208333.83', '51666.72'),
      { currency: 'USD', count: 1, amount: '1000.00', weightedAmount: '500.00' },
    ]);
  });

  it("limits the summary to the deals the actor may read and hides amounts from roles that can't see them", async () => {
    const pipeline = await createPipeline('Scoped');
    const first = pipeline.stages[0]?.id ?? '';
    await createDeal(a.users.admin.token, { title: 'Admin deal', pipelineId: pipeline.id, amount: '700' });
    await createDeal(a.users.sales_rep.token, { title: 'Rep deal', pipelineId: pipeline.id, amount: '300' });
    const rep = await call<Summary>(a.users.sales_rep.token, 'GET', `/pipelines/${pipeline.id}/summary`);
    expect(rep.body.stages.find((s) => s.stageId === first)?.byCurrency).toEqual([
      { currency: 'RUB', count: 1, amount: '300.00', weightedAmount: '30.00' },
    ]);
    const support = await call<Summary>(
      a.users.support_agent.token,
      'GET',
      `/pipelines/${pipeline.id}/summary`,
    );
    expect(support.body.totals).toEqual([{ currency: 'RUB', count: 2 }]);
  });
});
