import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import { workflowSelect, type ListWorkflowsInput, type WorkflowSummaryOutput } from './workflow.schema.js';

function latestDate(dates: readonly (Date | null)[]): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}

/** Workflows of the tenant, most recently changed first, with the trigger of their latest version,
 * when they were last published and how many runs they have (all versions). */
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
      versions: {
        select: {
          version: true,
          triggerType: true,
          recordType: true,
          publishedAt: true,
          _count: { select: { runs: true } },
        },
      },
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
        lastPublishedAt: latestDate(versions.map((v) => v.publishedAt)),
        runCount: versions.reduce((sum, v) => sum + v._count.runs, 0),
      };
    },
  );
}
