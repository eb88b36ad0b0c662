import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

interface Stage {
  id: string;
  name: string;
  position: number;
  probability: number;
  kind: string;
}
interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  stages: Stage[];
}
interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: { fields?: { field: string }[]; stages?: { id: string; name: string; dealCount: number }[] };
  };
}
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
let b: TestTenant;

async function call<T>(
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await h.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json<T>() };
}
const fieldsOf = (body: ErrorBody) => (body.error.details.fields ?? []).map((f) => f.field);

const salesStages = [
  { name: 'Qualification', probability: 10, kind: 'open' },
  { name: 'Proposal', probability: 50, kind: 'open' },
  { name: 'Negotiation', probability: 75, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

async function createPipeline(name: string, extra: object = {}): Promise<Pipeline> {
  const res = await call<Pipeline>(a.users.admin.token, 'POST', '/pipelines', {
    name,
    stages: salesStages,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function createDeal(token: string, payload: object): Promise<{ id: string }> {
  const res = await call<{ id: string }>(token, 'POST', '/deals', payload);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('pipelines', () => {
  it('lists the provisioned default pipeline with its ordered stages', async () => {
    const res = await call<{ items: Pipeline[]; nextCursor: string | null }>(
      a.users.sales_rep.token,
      'GET',
      '/pipelines',
    );
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const [sales] = res.body.items;
    expect(sales?.id).toBe(a.pipelineId);
    expect(sales?.isDefault).toBe(true);
    expect(sales?.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sales?.stages.map((s) => s.kind)).toEqual(['open', 'open', 'open', 'open', 'won', 'lost']);
  });

  it('creates a pipeline with stages in the given order, not default', async () => {
    const pipeline = await createPipeline('Partners');
    expect(pipeline.isDefault).toBe(false);
    expect(pipeline.version).toBe(1);
    expect(pipeline.stages.map((s) => [s.name, s.position, s.probability, s.kind])).toEqual(
      salesStages.map((s, i) => [s.name, i, s.probability, s.kind]),
    );
    const got = await call<Pipeline>(a.users.viewer.token, 'GET', `/pipelines/${pipeline.id}`);
    expect(got.status).toBe(200);
    expect(got.body.stages).toHaveLength(5);
  });

  it('names every invalid field of a new pipeline', async () => {
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/pipelines', {
      name: '',
      tenantId: b.tenantId,
      stages: [
        { name: 'A', probability: 150, kind: 'open' },
        { name: 'B', probability: 10, kind: 'closed' },
      ],
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining(['name', 'stages.0.probability', 'stages.1.kind']),
    );
    const noOpen = await call<ErrorBody>(a.users.admin.token, 'POST', '/pipelines', {
      name: 'Closed only',
      stages: [
        { name: 'Won', probability: 100, kind: 'won' },
        { name: 'won', probability: 0, kind: 'lost' },
      ],
    });
    expect(noOpen.status).toBe(400);
    expect(fieldsOf(noOpen.body)).toEqual(['stages.1.name', 'stages']);
  });

  it('lets only admins manage pipelines', async () => {
    const rep = a.users.sales_rep.token;
    expect((await call(rep, 'POST', '/pipelines', { name: 'Mine', stages: salesStages })).status).toBe(403);
    expect(
      (await call(a.users.sales_manager.token, 'PATCH', `/pipelines/${a.pipelineId}`, { name: 'Renamed' }))
        .status,
    ).toBe(403);
    expect((await call(rep, 'DELETE', `/pipelines/${a.pipelineId}`)).status).toBe(403);
  });

  it('renames with optimistic concurrency', async () => {
    const pipeline = await createPipeline('Renewals');
    const renamed = await call<Pipeline>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      expectedVersion: 1,
      name: 'Renewals 2026',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Renewals 2026');
    expect(renamed.body.version).toBe(2);
    const stale = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      expectedVersion: 1,
      name: 'Late',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('replaces the stage list: updates, reorders, creates and deletes unused stages', async () => {
    const pipeline = await createPipeline('Tenders');
    const [qual, proposal, negotiation, won, lost] = pipeline.stages as [Stage, Stage, Stage, Stage, Stage];
    const res = await call<Pipeline>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      expectedVersion: pipeline.version,
      stages: [
        { id: proposal.id, name: 'Offer', probability: 40, kind: 'open' },
        { id: qual.id, name: qual.name, probability: 5, kind: 'open' },
        { name: 'Contract', probability: 90, kind: 'open' },
        { id: won.id, name: won.name, probability: 100, kind: 'won' },
        { id: lost.id, name: lost.name, probability: 0, kind: 'lost' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(pipeline.version + 1);
    expect(res.body.stages.map((s) => [s.name, s.position, s.probability])).toEqual([
      ['Offer', 0, 40],
      ['Qualification', 1, 5],
      ['Contract', 2, 90],
      ['Won', 3, 100],
      ['Lost', 4, 0],
    ]);
    expect(res.body.stages[0]?.id).toBe(proposal.id);
    expect(res.body.stages.map((s) => s.id)).not.toContain(negotiation.id);
  });

  it('refuses to delete or re-kind a stage that deals use (409 naming it) and changes nothing', async () => {
    const pipeline = await createPipeline('Used stages');
    const [qual, proposal, negotiation, won, lost] = pipeline.stages as [Stage, Stage, Stage, Stage, Stage];
    await createDeal(a.users.admin.token, {
      title: 'In proposal',
      pipelineId: pipeline.id,
      stageId: proposal.id,
    });
    const keep = (s: Stage) => ({ id: s.id, name: s.name, probability: s.probability, kind: s.kind });
    const dropped = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      name: 'Should not stick',
      stages: [keep(qual), keep(negotiation), keep(won), keep(lost)],
    });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error.message).toContain('"Proposal"');
    expect(dropped.body.error.details.stages).toEqual([{ id: proposal.id, name: 'Proposal', dealCount: 1 }]);
    const rekind = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      stages: [keep(qual), { ...keep(proposal), kind: 'won' }, keep(negotiation), keep(won), keep(lost)],
    });
    expect(rekind.status).toBe(409);
    expect(rekind.body.error.message).toContain('"Proposal"');
    const after = await call<Pipeline>(a.users.admin.token, 'GET', `/pipelines/${pipeline.id}`);
    expect(after.body.name).toBe('Used stages');
    expect(after.body.version).toBe(pipeline.version);
    expect(after.body.stages).toEqual(pipeline.stages);
  });

  it('rejects stage ids of another pipeline and a list without an open stage', async () => {
    const pipeline = await createPipeline('Strict');
    const [other] = (await call<Pipeline>(a.users.admin.token, 'GET', `/pipelines/${a.pipelineId}`)).body
      .stages;
    const foreign = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      stages: [{ id: other?.id, name: 'Stolen', probability: 10, kind: 'open' }],
    });
    expect(foreign.status).toBe(400);
    expect(fieldsOf(foreign.body)).toEqual(['stages.0.id']);
    const closed = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${pipeline.id}`, {
      stages: [{ name: 'Won', probability: 100, kind: 'won' }],
    });
    expect(closed.status).toBe(400);
    expect(fieldsOf(closed.body)).toEqual(['stages']);
  });

  it('keeps exactly one default pipeline', async () => {
    const next = await createPipeline('New default', { isDefault: true });
    expect(next.isDefault).toBe(true);
    const list = await call<{ items: Pipeline[] }>(a.users.admin.token, 'GET', '/pipelines?limit=200');
    expect(list.body.items.filter((p) => p.isDefault).map((p) => p.id)).toEqual([next.id]);
    const unset = await call<ErrorBody>(a.users.admin.token, 'PATCH', `/pipelines/${next.id}`, {
      isDefault: false,
    });
    expect(unset.status).toBe(400);
    expect(fieldsOf(unset.body)).toEqual(['isDefault']);
    const back = await call<Pipeline>(a.users.admin.token, 'PATCH', `/pipelines/${a.pipelineId}`, {
      isDefault: true,
    });
    expect(back.body.isDefault).toBe(true);
    const again = await call<{ items: Pipeline[] }>(a.users.admin.token, 'GET', '/pipelines?limit=200');
    expect(again.body.items.filter((p) => p.isDefault).map((p) => p.id)).toEqual([a.pipelineId]);
  });

  it('deletes an empty pipeline, but not the default one nor one with deals', async () => {
    const admin = a.users.admin.token;
    expect((await call(admin, 'DELETE', `/pipelines/${a.pipelineId}`)).status).toBe(409);
    const busy = await createPipeline('Busy');
    const deal = await createDeal(admin, { title: 'Keeps it busy', pipelineId: busy.id });
    const refused = await call<ErrorBody>(admin, 'DELETE', `/pipelines/${busy.id}`);
    expect(refused.status).toBe(409);
    expect((await call(admin, 'GET', `/pipelines/${busy.id}`)).status).toBe(200);
    expect((await call(admin, 'DELETE', `/deals/${deal.id}`)).status).toBe(200);
    expect((await call(admin, 'DELETE', `/pipelines/${busy.id}`)).status).toBe(200);
    expect((await call(admin, 'GET', `/pipelines/${busy.id}`)).status).toBe(404);
    const list = await call<{ items: Pipeline[] }>(admin, 'GET', '/pipelines?limit=200');
    expect(list.body.items.map((p) => p.id)).not.toContain(busy.id);
    // The deleted deal cannot come back into a deleted pipeline.
    expect((await call(admin, 'POST', `/deals/${deal.id}/restore`)).status).toBe(409);
    const into = await call<ErrorBody>(admin, 'POST', '/deals', { title: 'Too late', pipelineId: busy.id });
    expect(into.status).toBe(400);
    expect(fieldsOf(into.body)).toEqual(['pipelineId']);
  });

  it("answers 404 for another tenant's pipeline", async () => {
    const other = b.users.admin.token;
    expect((await call(other, 'GET', `/pipelines/${a.pipelineId}`)).status).toBe(404);
    expect((await call(other, 'GET', `/pipelines/${a.pipelineId}/summary`)).status).toBe(404);
    expect((await call(other, 'PATCH', `/pipelines/${a.pipelineId}`, { name: 'Hacked' })).status).toBe(404);
    expect((await call(other, 'DELETE', `/pipelines/${a.pipelineId}`)).status).toBe(404);
    const list = await call<{ items: Pipeline[] }>(other, 'GET', '/pipelines');
    expect(list.body.items.map((p) => p.id)).toEqual([b.pipelineId]);
  });
});

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
