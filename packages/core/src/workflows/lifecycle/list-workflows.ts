import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import { workflowSelect, type ListWorkflowsInput, type WorkflowSummaryOutput } from './workflow.schema.js';

/** Workflows of the tenant, most recently changed first, with the trigger of their latest version. */
export async function listWorkflows(
  ctx: TenantContext,
  input: ListWorkflowsInput,
): Promise<ListPage<WorkflowSummaryOutput>> {
  authorize(ctx.ability, 'read', 'Workflow');
  const page = keysetPage({ field: 'updatedAt', direction: 'desc' }, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId }, page.where];
  if (input.status) filters.push({ status: input.status });
  if (input.search) filters.push({ name: { contains: input.search, mode: 'insensitive' } });
  const rows = await ctx.db.workflow.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: {
      ...workflowSelect,
      versions: { select: { version: true, triggerType: true, recordType: true } },
    },
  });
  return toPage(
    rows,
    input.limit,
    (row) => row.updatedAt,
    ({ hookTokenHash, signingSecret: _secret, versions, ...row }) => {
      const latest = versions.find((v) => v.version === row.latestVersion);
      return {
        ...row,
        status: row.status === 'published' || row.status === 'archived' ? row.status : 'draft',
        hasHookToken: hookTokenHash !== null,
        triggerType: latest?.triggerType ?? '',
        recordType: latest?.recordType ?? null,
      };
    },
  );
}
