import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { enqueueRecordEvent } from '../../records/outbox.js';
import { findWorkflow, loadWorkflow } from './present-workflow.js';
import type { WorkflowOutput } from './workflow.schema.js';

/**
 * Archives a workflow: its published version stops starting runs (the relay removes its schedule);
 * runs already going finish on their version. Editing and publishing again brings it back.
 */
export async function archiveWorkflow(ctx: TenantContext, id: string): Promise<WorkflowOutput> {
  authorize(ctx.ability, 'update', 'Workflow');
  const workflow = await findWorkflow(ctx, id);
  if (workflow.status === 'archived') throw AppError.conflict('The workflow is already archived');
  const { tenantId } = ctx.actor;
  const now = new Date();
  await ctx.db.workflowVersion.updateMany({
    where: { tenantId, workflowId: id, status: 'published' },
    data: { status: 'archived' },
  });
  await ctx.db.workflow.update({
    where: { tenantId_id: { tenantId, id } },
    data: { status: 'archived', publishedVersion: null, archivedAt: now, updatedAt: now },
    select: { id: true },
  });
  await recordAudit(ctx, { action: 'workflow.archived', recordType: 'workflow', recordId: id });
  await enqueueRecordEvent(ctx, 'workflow.archived', { type: 'workflow', id });
  return loadWorkflow(ctx, id);
}
