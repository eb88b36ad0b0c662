import { recordAudit } from '../../audit/record-audit.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { findWorkflow } from './present-workflow.js';

/**
 * Issues (or replaces) the secret token of a workflow's inbound webhook. The token is shown once;
 * only its hash is kept. The hook URL is `/api/v1/hooks/workflows/{token}`.
 */
export async function issueHookToken(
  ctx: TenantContext,
  id: string,
): Promise<{ workflowId: string; token: string }> {
  authorize(ctx.ability, 'update', 'Workflow');
  await findWorkflow(ctx, id);
  const token = newToken('crm_hook');
  await ctx.db.workflow.update({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    data: { hookTokenHash: hashToken(token), updatedAt: new Date() },
    select: { id: true },
  });
  await recordAudit(ctx, { action: 'workflow.hook_token_issued', recordType: 'workflow', recordId: id });
  return { workflowId: id, token };
}
