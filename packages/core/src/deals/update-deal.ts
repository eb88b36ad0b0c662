import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  customFieldVisibility,
  loadCustomFieldDefinitions,
  mergeCustomFields,
  validateCustomFields,
} from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import { recordOwnershipChange } from '../ownership/record-ownership-change.js';
import { stageKindOf } from '../pipelines/pipeline.schema.js';
import { changedFields } from '../records/changed-fields.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertAccountExists, linkDealContacts } from './deal-references.js';
import {
  customFieldsJson,
  dealSelect,
  toDateOnly,
  type DealOutput,
  type DealRow,
  type UpdateDealInput,
} from './deal.schema.js';
import { findAccessibleDeal } from './get-deal.js';
import { auditShapeOf, presentDeal } from './present-deal.js';
import { resolveStage } from './resolve-stage.js';
import { planStageEntry, type StageEntry } from './stage-rules.js';

type MoveRequest = Pick<UpdateDealInput, 'pipelineId' | 'stageId' | 'lostReason'>;

export async function updateDeal(ctx: TenantContext, input: UpdateDealInput): Promise<DealOutput> {
  const {
    id,
    expectedVersion,
    customFields,
    contacts,
    pipelineId,
    stageId,
    lostReason,
    amount,
    expectedCloseDate,
    ...fields
  } = input;
  const existing = await findAccessibleDeal(ctx, id, 'update');
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The deal was changed by someone else', { currentVersion: existing.version });
  }
  const ownerChanges = fields.ownerId !== undefined && fields.ownerId !== existing.ownerId;
  if (ownerChanges) {
    authorize(ctx.ability, 'assign', 'Deal');
    if (fields.ownerId) await assertAssignableOwner(ctx, fields.ownerId, 'ownerId');
  }
  if (fields.accountId && fields.accountId !== existing.accountId)
    await assertAccountExists(ctx, fields.accountId);
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'deal');
  const customChanges = customFields
    ? validateCustomFields(definitions, customFields, {
        mode: 'update',
        visible: customFieldVisibility(ctx.actor.permissions, 'deal'),
      })
    : undefined;
  const entry = await planMove(ctx, existing, { pipelineId, stageId, lostReason });
  const { count } = await ctx.db.deal.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version },
    data: {
      ...fields,
      ...(amount !== undefined ? { amount } : {}),
      ...(expectedCloseDate !== undefined
        ? { expectedCloseDate: expectedCloseDate ? toDateOnly(expectedCloseDate) : null }
        : {}),
      ...(entry ? stageData(entry) : {}),
      ...(customChanges
        ? { customFields: customFieldsJson(mergeCustomFields(existing.customFields, customChanges)) }
        : {}),
    },
  });
  if (count === 0) throw AppError.conflict('The deal was changed by someone else');
  if (contacts) await linkDealContacts(ctx, id, contacts);
  if (ownerChanges)
    await recordOwnershipChange(ctx, {
      recordType: 'deal',
      recordId: id,
      from: existing.ownerId,
      to: fields.ownerId ?? null,
    });
  const row = await ctx.db.deal.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: dealSelect,
  });
  await recordChange(ctx, existing, row, entry);
  return presentDeal(ctx, definitions, row);
}

/** The stage the deal enters, when it moves or its lost reason changes; undefined when neither. */
async function planMove(
  ctx: TenantContext,
  existing: DealRow,
  request: MoveRequest,
): Promise<StageEntry | undefined> {
  const moving =
    (request.pipelineId !== undefined && request.pipelineId !== existing.pipelineId) ||
    (request.stageId !== undefined && request.stageId !== existing.stageId);
  if (!moving && request.lostReason === undefined) return undefined;
  const current = {
    pipelineId: existing.pipelineId,
    stageId: existing.stageId,
    kind: stageKindOf(existing.stage.kind),
  };
  const target = moving ? await resolveStage(ctx, request, current) : current;
  const before = {
    stageId: existing.stageId,
    kind: current.kind,
    closedAt: existing.closedAt,
    lostReason: existing.lostReason,
  };
  return planStageEntry(target, before, request.lostReason, new Date());
}

function stageData(entry: StageEntry) {
  return {
    pipelineId: entry.pipelineId,
    stageId: entry.stageId,
    lostReason: entry.lostReason,
    ...(entry.closedAt !== undefined ? { closedAt: entry.closedAt } : {}),
    ...(entry.stageChangedAt ? { stageChangedAt: entry.stageChangedAt } : {}),
  };
}

/** Audit entry with before/after of the changed fields, and the outbox events of the change. */
async function recordChange(
  ctx: TenantContext,
  existing: DealRow,
  row: DealRow,
  entry: StageEntry | undefined,
): Promise<void> {
  const diff = changedFields(auditShapeOf(existing), auditShapeOf(row));
  await recordAudit(ctx, { action: 'deal.updated', recordType: 'deal', recordId: row.id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'deal', id: row.id },
    { changed: Object.keys(diff.after) },
  );
  if (entry?.moved) {
    await enqueueRecordEvent(
      ctx,
      'deal.stage_changed',
      { type: 'deal', id: row.id },
      {
        fromPipelineId: existing.pipelineId,
        toPipelineId: row.pipelineId,
        fromStageId: existing.stageId,
        toStageId: row.stageId,
        fromStatus: existing.stage.kind,
        toStatus: row.stage.kind,
      },
    );
  }
}
