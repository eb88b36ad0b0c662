import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { hasDefaultPipeline, lockDefaultPipeline, unsetOtherDefaults } from './default-pipeline.js';
import { findPipeline } from './get-pipeline.js';
import { presentPipeline, type CreatePipelineInput, type PipelineOutput } from './pipeline.schema.js';
import { assertValidStages } from './validate-stages.js';

/** Creates a pipeline with its stages; the first pipeline of a tenant (or one asked to be) becomes the default. */
export async function createPipeline(
  ctx: TenantContext,
  input: CreatePipelineInput,
): Promise<PipelineOutput> {
  authorize(ctx.ability, 'create', 'Pipeline');
  assertValidStages(input.stages);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  await lockDefaultPipeline(ctx);
  const isDefault = input.isDefault === true || !(await hasDefaultPipeline(ctx));
  if (isDefault) await unsetOtherDefaults(ctx, id);
  await ctx.db.pipeline.create({
    data: {
      tenantId,
      id,
      name: input.name,
      isDefault,
      position: input.position ?? (await nextPosition(ctx)),
    },
    select: { id: true },
  });
  await ctx.db.stage.createMany({
    data: input.stages.map((stage, position) => ({
      tenantId,
      id: newId(),
      pipelineId: id,
      position,
      ...stage,
    })),
  });
  const row = await findPipeline(ctx, id);
  await recordAudit(ctx, { action: 'pipeline.created', recordType: 'pipeline', recordId: id, after: row });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'pipeline', id });
  return presentPipeline(row);
}

async function nextPosition(ctx: TenantContext): Promise<number> {
  const last = await ctx.db.pipeline.aggregate({
    where: { tenantId: ctx.actor.tenantId, deletedAt: null },
    _max: { position: true },
  });
  return last._max.position === null ? 0 : last._max.position + 1;
}
