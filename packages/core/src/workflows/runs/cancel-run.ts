import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { enqueueRecordEvent } from '../../records/outbox.js';
import { findVisibleRun, getRun } from './get-run.js';
import { finalRunStatuses, type RunDetailOutput } from './run.schema.js';

/**
 * Cancels a run (tenant admins). The projection says so at once; the relay delivers the cancellation
 * to Temporal from the outbox, so it is not lost if Temporal is down at this moment.
 */
export async function cancelRun(ctx: TenantContext, id: string): Promise<RunDetailOutput> {
  authorize(ctx.ability, 'update', 'Workflow');
  const run = await findVisibleRun(ctx, id);
  if ((finalRunStatuses as readonly string[]).includes(run.status)) {
    throw AppError.conflict(`The run is already ${run.status}`);
  }
  const { tenantId } = ctx.actor;
  const now = new Date();
  await ctx.db.workflowRun.update({
    where: { tenantId_id: { tenantId, id } },
    data: { status: 'cancelled', finishedAt: now, updatedAt: now, waitingFor: undefined, nextTimerAt: null },
    select: { id: true },
  });
  await ctx.db.workflowApproval.updateMany({
    where: { tenantId, runId: id, status: 'pending' },
    data: { status: 'cancelled' },
  });
  const full = await ctx.db.workflowRun.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id } },
    select: { temporalWorkflowId: true },
  });
  await enqueueRecordEvent(
    ctx,
    'workflow.cancel_requested',
    { type: 'workflowRun', id },
    { temporalWorkflowId: full.temporalWorkflowId },
  );
  await recordAudit(ctx, { action: 'workflow.run_cancelled', recordType: 'workflowRun', recordId: id });
  return getRun(ctx, id);
}
