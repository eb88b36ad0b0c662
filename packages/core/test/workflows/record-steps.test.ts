import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/errors/index.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { assignRecord } from '../../src/workflows/interpreter/activities/record-activities.js';
import { updateFields } from '../../src/workflows/interpreter/activities/update-fields.js';
import { getTimeline } from '../../src/timeline/get-timeline.js';
import { contextOf, createDeal, createWfTenant, type WfTenant } from './interpreter-fixtures.js';

// The record steps change records through the record services, as the run (no user): the same
// validation, stage rules, audit entries, ownership history and events as an edit by a person.
let t: TestDatabase;
let a: WfTenant;
let b: WfTenant;
let lostStage: string;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createWfTenant(t.db, 'Record steps A');
  b = await createWfTenant(t.db, 'Record steps B');
  lostStage = await t.db.withTenant(a.tenantId, async (db) => {
    await db.customFieldDefinition.createMany({
      data: [
        {
          tenantId: a.tenantId,
          id: newId(),
          objectType: 'deal',
          key: 'budget',
          label: 'Budget',
          type: 'number',
        },
        {
          tenantId: a.tenantId,
          id: newId(),
          objectType: 'deal',
          key: 'source',
          label: 'Source',
          type: 'select',
          options: ['web', 'referral'],
        },
      ],
    });
    const stage = await db.stage.findFirstOrThrow({
      where: { pipelineId: a.pipelineId, kind: 'lost' },
      select: { id: true },
    });
    return stage.id;
  });
}, 120_000);

afterAll(async () => {
  await t.drop();
});

const onDeal = (tenant: WfTenant, dealId: string, runId = newId()) => ({
  tenantId: tenant.tenantId,
  runId,
  stepId: 'step',
  recordType: 'deal',
  recordId: dealId,
});

async function failure(work: Promise<unknown>): Promise<AppError> {
  return work.then(
    () => {
      throw new Error('expected the step to fail');
    },
    (error: unknown) => error as AppError,
  );
}

function dealOf(tenant: WfTenant, id: string) {
  return t.db.withTenant(tenant.tenantId, (db) =>
    db.deal.findFirstOrThrow({
      where: { id },
      select: {
        title: true,
        stageId: true,
        lostReason: true,
        closedAt: true,
        customFields: true,
        version: true,
      },
    }),
  );
}

describe('updateFields', () => {
  it('writes own and custom fields, audits them as the run and marks the event with the run', async () => {
    const dealId = await createDeal(t.db, a, { title: 'Plain' });
    const runId = newId();
    const result = await t.db.withTenant(a.tenantId, (db) =>
      updateFields(db, {
        ...onDeal(a, dealId, runId),
        set: { title: 'Checked', 'customFields.budget': 1200, 'customFields.source': 'web' },
      }),
    );
    expect(result.changed).toEqual(['title', 'customFields.budget', 'customFields.source']);
    const deal = await dealOf(a, dealId);
    expect(deal.title).toBe('Checked');
    expect(deal.customFields).toEqual({ budget: 1200, source: 'web' });
    const [audit, event] = await t.db.withTenant(a.tenantId, async (db) => [
      await db.auditLog.findFirstOrThrow({
        where: { recordId: dealId, action: 'deal.updated' },
        select: { actorUserId: true, requestId: true, after: true },
      }),
      await db.outbox.findFirstOrThrow({
        where: { recordId: dealId, topic: 'record.updated' },
        select: { payload: true },
      }),
    ]);
    expect(audit.actorUserId).toBeNull();
    expect(audit.requestId).toBe(`workflow-run:${runId}`);
    expect(audit.after).toMatchObject({ title: 'Checked' });
    expect(event.payload).toMatchObject({ workflowRunId: runId });
    expect(event.payload).not.toHaveProperty('actorUserId');
    // The deal's timeline tells the change came from the run, not from a person.
    const timeline = await t.db.withTenant(a.tenantId, async (db) =>
      getTimeline(await contextOf(db, a.tenantId, a.admin), 'deal', { id: dealId, limit: 10 }),
    );
    expect(timeline.items.find((e) => e.kind === 'field_changed')).toMatchObject({
      actorUserId: null,
      data: { workflowRunId: runId },
    });
  });

  it('refuses a custom field value of the wrong type or option, naming the field, and writes nothing', async () => {
    const dealId = await createDeal(t.db, a, { title: 'Untouched' });
    const before = await dealOf(a, dealId);
    const wrongType = await failure(
      t.db.withTenant(a.tenantId, (db) =>
        updateFields(db, { ...onDeal(a, dealId), set: { title: 'Changed', 'customFields.budget': 'a lot' } }),
      ),
    );
    expect(wrongType.code).toBe('BAD_REQUEST');
    expect(wrongType.details?.fields?.map((f) => f.field)).toEqual(['set.customFields.budget']);
    const wrongOption = await failure(
      t.db.withTenant(a.tenantId, (db) =>
        updateFields(db, { ...onDeal(a, dealId), set: { 'customFields.source': 'cold call' } }),
      ),
    );
    expect(wrongOption.details?.fields?.map((f) => f.field)).toEqual(['set.customFields.source']);
    const unknown = await failure(
      t.db.withTenant(a.tenantId, (db) =>
        updateFields(db, { ...onDeal(a, dealId), set: { 'customFields.nope': 1 } }),
      ),
    );
    expect(unknown.details?.fields?.map((f) => f.field)).toEqual(['set.customFields.nope']);
    expect(await dealOf(a, dealId)).toEqual(before);
  });

  it('applies the stage rules: a lost deal needs its reason, and a move is a stage change', async () => {
    const dealId = await createDeal(t.db, a, { title: 'Going' });
    const noReason = await failure(
      t.db.withTenant(a.tenantId, (db) =>
        updateFields(db, { ...onDeal(a, dealId), set: { stageId: lostStage } }),
      ),
    );
    expect(noReason.details?.fields?.map((f) => f.field)).toEqual(['set.lostReason']);
    expect((await dealOf(a, dealId)).stageId).toBe(a.openStage);

    const runId = newId();
    await t.db.withTenant(a.tenantId, (db) =>
      updateFields(db, { ...onDeal(a, dealId, runId), set: { stageId: lostStage, lostReason: 'No budget' } }),
    );
    const deal = await dealOf(a, dealId);
    expect(deal).toMatchObject({ stageId: lostStage, lostReason: 'No budget' });
    expect(deal.closedAt).toBeInstanceOf(Date);
    const moved = await t.db.withTenant(a.tenantId, (db) =>
      db.outbox.findFirstOrThrow({
        where: { recordId: dealId, topic: 'deal.stage_changed' },
        select: { payload: true },
      }),
    );
    expect(moved.payload).toMatchObject({
      fromStageId: a.openStage,
      toStageId: lostStage,
      toStatus: 'lost',
      workflowRunId: runId,
    });
  });

  it("cannot reach another tenant's record or another tenant's user", async () => {
    const bDeal = await createDeal(t.db, b, { title: 'B deal', ownerId: b.rep });
    const crossRecord = await failure(
      t.db.withTenant(a.tenantId, (db) => updateFields(db, { ...onDeal(a, bDeal), set: { title: 'x' } })),
    );
    expect(crossRecord.code).toBe('NOT_FOUND');
    const aDeal = await createDeal(t.db, a, { title: 'A deal' });
    const crossOwner = await failure(
      t.db.withTenant(a.tenantId, (db) => updateFields(db, { ...onDeal(a, aDeal), set: { ownerId: b.rep } })),
    );
    expect(crossOwner.details?.fields?.map((f) => f.field)).toEqual(['set.ownerId']);
    expect((await dealOf(b, bDeal)).title).toBe('B deal');
  });
});

describe('assign', () => {
  it('changes the owner through the service: ownership history by the run, no user named', async () => {
    const dealId = await createDeal(t.db, a, { title: 'To assign', ownerId: a.rep });
    const runId = newId();
    const result = await t.db.withTenant(a.tenantId, (db) =>
      assignRecord(db, {
        ...onDeal(a, dealId, runId),
        rule: { type: 'user', userId: a.manager },
        keepExistingOwner: false,
      }),
    );
    expect(result).toEqual({ ownerId: a.manager, kept: false });
    const change = await t.db.withTenant(a.tenantId, (db) =>
      db.ownershipChange.findFirstOrThrow({
        where: { recordId: dealId },
        select: { fromUserId: true, toUserId: true, changedById: true, reason: true, requestId: true },
      }),
    );
    expect(change).toEqual({
      fromUserId: a.rep,
      toUserId: a.manager,
      changedById: null,
      reason: 'workflow',
      requestId: `workflow-run:${runId}`,
    });
  });
});
