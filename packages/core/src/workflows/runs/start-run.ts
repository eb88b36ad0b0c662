import { recordAudit } from '../../audit/record-audit.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { triggerOf } from '../definition/trigger.schema.js';
import { findVersion, findWorkflow } from '../lifecycle/present-workflow.js';
import { getRun } from './get-run.js';
import { canAccessRecord } from './record-access.js';
import { requestRun } from './request-run.js';
import type { RunDetailOutput, StartRunInput } from './run.schema.js';

/**
 * The manual trigger (a button on the record, or an API call): starts the published version of a
 * workflow whose trigger is `manual` on a record the actor may update.
 */
export async function startRun(ctx: TenantContext, input: StartRunInput): Promise<RunDetailOutput> {
  const workflow = await findWorkflow(ctx, input.id);
  if (workflow.publishedVersion === null) throw AppError.conflict('The workflow is not published');
  const version = await findVersion(ctx, workflow.id, workflow.publishedVersion);
  const trigger = triggerOf(version.definition);
  if (trigger?.type !== 'manual') throw AppError.conflict('This workflow is not started by hand');
  if (!input.recordId)
    throw AppError.invalid([
      { field: 'recordId', message: `is required: the ${trigger.recordType} to run on` },
    ]);
  if (!(await canAccessRecord(ctx, trigger.recordType, input.recordId, 'update'))) {
    throw AppError.notFound(
      trigger.recordType === 'activity'
        ? 'Activity'
        : trigger.recordType.charAt(0).toUpperCase() + trigger.recordType.slice(1),
    );
  }
  const runId = await requestRun(ctx.db, {
    tenantId: ctx.actor.tenantId,
    workflowId: workflow.id,
    version: version.version,
    definitionHash: version.hash,
    triggerType: 'manual',
    recordType: trigger.recordType,
    recordId: input.recordId,
    startedById: ctx.actor.userId,
    payload: {},
  });
  await recordAudit(ctx, {
    action: 'workflow.run_requested',
    recordType: 'workflowRun',
    recordId: runId,
    after: { workflowId: workflow.id, recordId: input.recordId },
  });
  return getRun(ctx, runId);
}
