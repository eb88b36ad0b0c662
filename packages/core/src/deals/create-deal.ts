import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  customFieldVisibility,
  loadCustomFieldDefinitions,
  validateCustomFields,
} from '../custom-fields/index.js';
import { newId } from '../ids.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import { actingUserId, type TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertAccountExists, linkDealContacts } from './deal-references.js';
import {
  customFieldsJson,
  dealSelect,
  toDateOnly,
  type CreateDealInput,
  type DealOutput,
} from './deal.schema.js';
import { presentDeal, auditShapeOf } from './present-deal.js';
import { resolveStage } from './resolve-stage.js';
import { planStageEntry } from './stage-rules.js';

export async function createDeal(ctx: TenantContext, input: CreateDealInput): Promise<DealOutput> {
  const ownerId = input.ownerId === undefined ? actingUserId(ctx) : input.ownerId;
  authorize(ctx.ability, 'create', 'Deal', { ownerId });
  if (ownerId !== actingUserId(ctx)) {
    authorize(ctx.ability, 'assign', 'Deal');
    if (ownerId) await assertAssignableOwner(ctx, ownerId, 'ownerId');
  }
  if (input.accountId) await assertAccountExists(ctx, input.accountId);
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'deal');
  const customFields = validateCustomFields(definitions, input.customFields, {
    mode: 'create',
    visible: customFieldVisibility(ctx.actor.permissions, 'deal'),
  });
  const target = await resolveStage(ctx, { pipelineId: input.pipelineId, stageId: input.stageId });
  const entry = planStageEntry(target, null, input.lostReason, new Date());
  const id = newId();
  await ctx.db.deal.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      title: input.title,
      amount: input.amount ?? null,
      currency: input.currency ?? (await tenantCurrency(ctx)),
      pipelineId: entry.pipelineId,
      stageId: entry.stageId,
      expectedCloseDate: input.expectedCloseDate ? toDateOnly(input.expectedCloseDate) : null,
      ownerId,
      accountId: input.accountId ?? null,
      lostReason: entry.lostReason,
      closedAt: entry.closedAt ?? null,
      ...(entry.stageChangedAt ? { stageChangedAt: entry.stageChangedAt } : {}),
      customFields: customFieldsJson(customFields),
      createdById: actingUserId(ctx),
    },
    select: { id: true },
  });
  if (input.contacts) await linkDealContacts(ctx, id, input.contacts);
  const row = await ctx.db.deal.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: dealSelect,
  });
  await recordAudit(ctx, {
    action: 'deal.created',
    recordType: 'deal',
    recordId: id,
    after: auditShapeOf(row),
  });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'deal', id });
  return presentDeal(ctx, definitions, row);
}

/** The tenant's default currency, for deals created without one. */
async function tenantCurrency(ctx: TenantContext): Promise<string> {
  const tenant = await ctx.db.tenant.findUnique({
    where: { id: ctx.actor.tenantId },
    select: { currency: true },
  });
  return tenant?.currency ?? 'RUB';
}
