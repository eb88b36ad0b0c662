import { recordAudit } from '../../audit/record-audit.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { enqueueRecordEvent } from '../../records/outbox.js';
import {
  approvalSelect,
  presentApproval,
  type ApprovalOutput,
  type DecideApprovalInput,
} from './approval.schema.js';

/**
 * Approves or rejects, with a comment: only members holding the approval's role decide, once. The
 * decision reaches the waiting run as a signal through the outbox (so it survives a Temporal outage).
 */
export async function decideApproval(
  ctx: TenantContext,
  input: DecideApprovalInput,
  decision: 'approved' | 'rejected',
): Promise<ApprovalOutput> {
  const { tenantId, userId, roleKey } = ctx.actor;
  const approval = await ctx.db.workflowApproval.findUnique({
    where: { tenantId_id: { tenantId, id: input.id } },
    select: { ...approvalSelect, run: { select: { temporalWorkflowId: true } } },
  });
  // Someone without the role learns nothing about the approval, as for another tenant's id.
  if (!approval || approval.roleKey !== roleKey) throw AppError.notFound('Approval');
  if (decision === 'rejected' && !input.comment) {
    throw AppError.invalid([{ field: 'comment', message: 'say why the request is rejected' }]);
  }
  const now = new Date();
  const { count } = await ctx.db.workflowApproval.updateMany({
    where: { tenantId, id: input.id, status: 'pending' },
    data: { status: decision, decidedById: userId, comment: input.comment ?? null, decidedAt: now },
  });
  if (count === 0) throw AppError.conflict(`The approval is already ${approval.status}`);
  await enqueueRecordEvent(
    ctx,
    'workflow.approval_decided',
    { type: 'workflowRun', id: approval.runId },
    {
      temporalWorkflowId: approval.run.temporalWorkflowId,
      approvalId: approval.id,
      stepId: approval.stepId,
      decision,
      comment: input.comment ?? null,
      decidedById: userId,
    },
  );
  await recordAudit(ctx, {
    action: `workflow.approval_${decision}`,
    recordType: 'workflowApproval',
    recordId: approval.id,
    after: { comment: input.comment ?? null },
  });
  // The output schema drops the joined `run`.
  return presentApproval({
    ...approval,
    status: decision,
    decidedById: userId,
    comment: input.comment ?? null,
    decidedAt: now,
  });
}
