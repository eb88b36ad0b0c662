import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinesClient, salesStages, type Pipeline, type Stage } from './support/pipeline-fixtures.js';
import { fieldsOf, restClient, type ErrorBody as RestErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Pipelines and their stage lists; the per-stage summary is in pipeline-summary.test.ts.

/** A refused stage change names the stages deals still use. */
type ErrorBody = RestErrorBody & {
  error: { details: { stages?: { id: string; name: string; dealCount: number }[] } };
};

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);
const { createPipeline, createDeal } = pipelinesClient(() => ({ h, a }));

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
