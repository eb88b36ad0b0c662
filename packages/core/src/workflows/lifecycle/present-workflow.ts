import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import {
  versionSelect,
  workflowSelect,
  type VersionRow,
  type WorkflowOutput,
  type WorkflowRow,
  type WorkflowVersionOutput,
} from './workflow.schema.js';

type WorkflowStatus = WorkflowOutput['status'];
type VersionStatus = WorkflowVersionOutput['status'];

const asWorkflowStatus = (status: string): WorkflowStatus =>
  status === 'published' || status === 'archived' ? status : 'draft';
const asVersionStatus = (status: string): VersionStatus =>
  status === 'published' || status === 'superseded' || status === 'archived' ? status : 'draft';

export function presentVersion(row: VersionRow): WorkflowVersionOutput {
  const definition =
    typeof row.definition === 'object' && row.definition !== null && !Array.isArray(row.definition)
      ? row.definition
      : {};
  return { ...row, status: asVersionStatus(row.status), definition };
}

export function presentWorkflow(row: WorkflowRow, latest: VersionRow): WorkflowOutput {
  const { hookTokenHash, ...rest } = row;
  return {
    ...rest,
    status: asWorkflowStatus(row.status),
    hasHookToken: hookTokenHash !== null,
    latest: presentVersion(latest),
  };
}

/** The workflow row, or 404 (also for another tenant's id: RLS hides it). */
export async function findWorkflow(ctx: TenantContext, id: string): Promise<WorkflowRow> {
  const row = await ctx.db.workflow.findUnique({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: workflowSelect,
  });
  if (!row) throw AppError.notFound('Workflow');
  return row;
}

export async function findVersion(
  ctx: TenantContext,
  workflowId: string,
  version: number,
): Promise<VersionRow> {
  const row = await ctx.db.workflowVersion.findUnique({
    where: { tenantId_workflowId_version: { tenantId: ctx.actor.tenantId, workflowId, version } },
    select: versionSelect,
  });
  if (!row) throw AppError.notFound('Workflow version');
  return row;
}

export async function loadWorkflow(ctx: TenantContext, id: string): Promise<WorkflowOutput> {
  const row = await findWorkflow(ctx, id);
  return presentWorkflow(row, await findVersion(ctx, id, row.latestVersion));
}
