import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { changedFields } from '../records/changed-fields.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { lockDefaultPipeline, unsetOtherDefaults } from './default-pipeline.js';
import { findPipeline } from './get-pipeline.js';
import { presentPipeline, type PipelineOutput, type UpdatePipelineInput } from './pipeline.schema.js';
import { replaceStages } from './replace-stages.js';

/**
 * Renames, reorders or re-defaults a pipeline and optionally replaces its stage list. The pipeline's
 * version covers its stages: any accepted change bumps it, so `expectedVersion` guards the whole.
 */
export async function updatePipeline(
  ctx: TenantContext,
  input: UpdatePipelineInput,
): Promise<PipelineOutput> {
  authorize(ctx.ability, 'update', 'Pipeline');
  const { id, expectedVersion, stages, ...fields } = input;
  const existing = await findPipeline(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The pipeline was changed by someone else', { currentVersion: existing.version });
  }
  if (fields.isDefault === false && existing.isDefault) {
    throw AppError.invalid([
      {
        field: 'isDefault',
        message: 'the default pipeline stays default until another pipeline is made the default',
      },
    ]);
  }
  if (fields.isDefault === true && !existing.isDefault) {
    await lockDefaultPipeline(ctx);
    await unsetOtherDefaults(ctx, id);
  }
  // Always written, even for a stages-only change: the trigger bumps the version, and the row lock
  // orders this change after any deal that is entering one of the stages.
  const { count } = await ctx.db.pipeline.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version, deletedAt: null },
    data: { ...fields, updatedAt: new Date() },
  });
  if (count === 0) throw AppError.conflict('The pipeline was changed by someone else');
  if (stages) await replaceStages(ctx, existing, stages);
  const row = await findPipeline(ctx, id);
  const diff = changedFields(existing, row);
  await recordAudit(ctx, { action: 'pipeline.updated', recordType: 'pipeline', recordId: id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'pipeline', id },
    { changed: Object.keys(diff.after) },
  );
  return presentPipeline(row);
}
