import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import {
  approvalSelect,
  presentApproval,
  type ApprovalOutput,
  type ListApprovalsInput,
} from './approval.schema.js';

/** Approvals addressed to the actor's role (tenant admins see all of them). */
export async function listApprovals(
  ctx: TenantContext,
  input: ListApprovalsInput,
): Promise<ListPage<ApprovalOutput>> {
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId, status: input.status }, page.where];
  if (!ctx.ability.can('read', 'Workflow')) filters.push({ roleKey: ctx.actor.roleKey });
  if (input.runId) filters.push({ runId: input.runId });
  const rows = await ctx.db.workflowApproval.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: approvalSelect,
  });
  return toPage(rows, input.limit, (row) => row.createdAt, presentApproval);
}
