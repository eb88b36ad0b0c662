import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { findWorkflow, presentVersion } from './present-workflow.js';
import { versionSelect, type WorkflowVersionOutput } from './workflow.schema.js';

/** Every version of a workflow, newest first. */
export async function listWorkflowVersions(
  ctx: TenantContext,
  id: string,
): Promise<{ items: WorkflowVersionOutput[] }> {
  authorize(ctx.ability, 'read', 'Workflow');
  await findWorkflow(ctx, id);
  const rows = await ctx.db.workflowVersion.findMany({
    where: { tenantId: ctx.actor.tenantId, workflowId: id },
    orderBy: { version: 'desc' },
    select: versionSelect,
  });
  return { items: rows.map(presentVersion) };
}
