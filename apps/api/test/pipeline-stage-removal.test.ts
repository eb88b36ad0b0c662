import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelinesClient, type Pipeline, type Stage } from './support/pipeline-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

// Removing a stage that deals use: its deals move to another stage of the same kind, in one unit of work.

interface Removed {
  pipeline: Pipeline;
  movedDeals: number;
}
interface Deal {
  id: string;
  stageId: string;
  version: number;
  closedAt: string | null;
  lostReason: string | null;
}
interface TimelineEvent {
  kind: string;
  data: { fromStageId?: string; toStageId?: string };
}

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

const stagesOf = (pipeline: Pipeline) => pipeline.stages as [Stage, Stage, Stage, Stage, Stage];

describe('removing a stage with its deals moved', () => {
  it('moves every deal of the stage, deleted ones included, then removes it; audited, on each timeline', async () => {
    const admin = a.users.admin.token;
    const pipeline = await createPipeline('Removal');
    const [qual, proposal, negotiation] = stagesOf(pipeline);
    const first = await createDeal(admin, { title: 'First', pipelineId: pipeline.id, stageId: proposal.id });
    const second = await createDeal(admin, {
      title: 'Second',
      pipelineId: pipeline.id,
      stageId: proposal.id,
    });
    const stays = await createDeal(admin, { title: 'Stays', pipelineId: pipeline.id, stageId: qual.id });
    expect((await call(admin, 'DELETE', `/deals/${second.id}`)).status).toBe(200);

    const res = await call<Removed>(admin, 'POST', `/pipelines/${pipeline.id}/stages/${proposal.id}/remove`, {
      moveDealsToStageId: negotiation.id,
      expectedVersion: pipeline.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.movedDeals).toBe(2);
    expect(res.body.pipeline.version).toBeGreaterThan(pipeline.version);
    expect(res.body.pipeline.stages.map((s) => [s.name, s.position])).toEqual([
      ['Qualification', 0],
      ['Negotiation', 1],
      ['Won', 2],
      ['Lost', 3],
    ]);
    const moved = await call<Deal>(admin, 'GET', `/deals/${first.id}`);
    expect(moved.body.stageId).toBe(negotiation.id);
    expect(moved.body.closedAt).toBeNull();
    expect((await call<Deal>(admin, 'GET', `/deals/${stays.id}`)).body.stageId).toBe(qual.id);
    expect((await call(admin, 'POST', `/deals/${second.id}/restore`)).status).toBe(200);
    expect((await call<Deal>(admin, 'GET', `/deals/${second.id}`)).body.stageId).toBe(negotiation.id);

    const timeline = await call<{ items: TimelineEvent[] }>(admin, 'GET', `/deals/${first.id}/timeline`);
    expect(timeline.body.items.find((e) => e.kind === 'stage_moved')?.data).toMatchObject({
      fromStageId: proposal.id,
      toStageId: negotiation.id,
    });
    const audit = await call<{ items: { action: string; after: { movedDeals?: number } }[] }>(
      admin,
      'GET',
      `/audit-log?recordType=pipeline&recordId=${pipeline.id}`,
    );
    expect(audit.body.items.find((e) => e.action === 'pipeline.stage_removed')?.after.movedDeals).toBe(2);
  });

  it('keeps lost deals lost with their reason when moved to another lost stage', async () => {
    const admin = a.users.admin.token;
    const pipeline = await createPipeline('Two lost stages');
    const [qual, proposal, negotiation, won, lost] = stagesOf(pipeline);
    const keep = (s: Stage) => ({ id: s.id, name: s.name, probability: s.probability, kind: s.kind });
    const widened = await call<Pipeline>(admin, 'PATCH', `/pipelines/${pipeline.id}`, {
      stages: [
        keep(qual),
        keep(proposal),
        keep(negotiation),
        keep(won),
        keep(lost),
        { name: 'No budget', probability: 0, kind: 'lost' },
      ],
    });
    expect(widened.status).toBe(200);
    const noBudget = widened.body.stages.find((s) => s.name === 'No budget');
    const deal = await createDeal(admin, {
      title: 'Lost one',
      pipelineId: pipeline.id,
      stageId: lost.id,
      lostReason: 'Chose a competitor',
    });
    const before = (await call<Deal>(admin, 'GET', `/deals/${deal.id}`)).body;
    const res = await call<Removed>(admin, 'POST', `/pipelines/${pipeline.id}/stages/${lost.id}/remove`, {
      moveDealsToStageId: noBudget?.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await call<Deal>(admin, 'GET', `/deals/${deal.id}`)).body;
    expect(after).toMatchObject({
      stageId: noBudget?.id,
      lostReason: 'Chose a competitor',
      closedAt: before.closedAt,
    });
  });

  it('names the field when the target is missing, of another kind or of another pipeline, and changes nothing', async () => {
    const admin = a.users.admin.token;
    const pipeline = await createPipeline('Strict removal');
    const [qual, proposal, , won] = stagesOf(pipeline);
    const deal = await createDeal(admin, { title: 'Held', pipelineId: pipeline.id, stageId: proposal.id });
    const url = `/pipelines/${pipeline.id}/stages/${proposal.id}/remove`;
    const missing = await call<ErrorBody>(admin, 'POST', url, {});
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['moveDealsToStageId']);
    const otherKind = await call<ErrorBody>(admin, 'POST', url, { moveDealsToStageId: won.id });
    expect(fieldsOf(otherKind.body)).toEqual(['moveDealsToStageId']);
    const defaultStage = (await call<Pipeline>(admin, 'GET', `/pipelines/${a.pipelineId}`)).body.stages[0];
    const foreign = await call<ErrorBody>(admin, 'POST', url, { moveDealsToStageId: defaultStage?.id });
    expect(fieldsOf(foreign.body)).toEqual(['moveDealsToStageId']);
    const notHere = await call<ErrorBody>(
      admin,
      'POST',
      `/pipelines/${pipeline.id}/stages/${defaultStage?.id}/remove`,
      {},
    );
    expect(fieldsOf(notHere.body)).toEqual(['stageId']);
    const stale = await call<ErrorBody>(admin, 'POST', url, {
      moveDealsToStageId: qual.id,
      expectedVersion: 99,
    });
    expect(stale.status).toBe(409);
    const after = await call<Pipeline>(admin, 'GET', `/pipelines/${pipeline.id}`);
    expect(after.body.version).toBe(pipeline.version);
    expect(after.body.stages).toEqual(pipeline.stages);
    expect((await call<Deal>(admin, 'GET', `/deals/${deal.id}`)).body.stageId).toBe(proposal.id);
  });

  it('removes an unused stage without a target, but never the last open one; only admins', async () => {
    const pipeline = await createPipeline('Unused');
    const [qual, proposal, negotiation] = stagesOf(pipeline);
    const rep = await call(
      a.users.sales_rep.token,
      'POST',
      `/pipelines/${pipeline.id}/stages/${qual.id}/remove`,
      {},
    );
    expect(rep.status).toBe(403);
    const admin = a.users.admin.token;
    const res = await call<Removed>(admin, 'POST', `/pipelines/${pipeline.id}/stages/${qual.id}/remove`, {});
    expect(res.body.movedDeals).toBe(0);
    await call(admin, 'POST', `/pipelines/${pipeline.id}/stages/${proposal.id}/remove`, {});
    const last = await call<ErrorBody>(
      admin,
      'POST',
      `/pipelines/${pipeline.id}/stages/${negotiation.id}/remove`,
      {},
    );
    expect(last.status).toBe(400);
    expect(fieldsOf(last.body)).toEqual(['stages']);
  });

  it("answers NOT_FOUND for another tenant's pipeline", async () => {
    const pipeline = await createPipeline('Private');
    const [qual, proposal] = stagesOf(pipeline);
    const res = await call<ErrorBody>(
      b.users.admin.token,
      'POST',
      `/pipelines/${pipeline.id}/stages/${qual.id}/remove`,
      {
        moveDealsToStageId: proposal.id,
      },
    );
    expect(res.status).toBe(404);
  });
});
