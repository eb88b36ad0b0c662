import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { loadWorkflow } from './present-workflow.js';
import type { WorkflowOutput } from './workflow.schema.js';

export async function getWorkflow(ctx: TenantContext, id: string): Promise<WorkflowOutput> {
  authorize(ctx.ability, 'read', 'Workflow');
  return loadWorkflow(ctx, id);
}
