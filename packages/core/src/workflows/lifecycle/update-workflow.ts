import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { requireValidDefinition } from './check-definition.js';
import { versionData } from './create-workflow.js';
import { findVersion, findWorkflow, loadWorkflow } from './present-workflow.js';
import type { UpdateWorkflowInput, WorkflowOutput } from './workflow.schema.js';

/**
 * Renames a workflow and/or changes its definition. A draft is edited in place; when the latest
 * version is published (or older), the change becomes a new draft version: published versions never
 * change, and runs keep the version they started with.
 */
export async function updateWorkflow(
  ctx: TenantContext,
  input: UpdateWorkflowInput,
  stepTypes: StepTypeRegistry,
): Promise<WorkflowOutput> {
  authorize(ctx.ability, 'update', 'Workflow');
  const workflow = await findWorkflow(ctx, input.id);
  const { tenantId, userId } = ctx.actor;
  const data: { name?: string; description?: string | null; latestVersion?: number; updatedAt: Date } = {
    updatedAt: new Date(),
  };
  if (input.name !== undefined) data.name = input.name;
  if (input.description !== undefined) data.description = input.description;
  let version = workflow.latestVersion;
  if (input.definition !== undefined) {
    const definition = await requireValidDefinition(ctx, input.definition, stepTypes);
    const latest = await findVersion(ctx, workflow.id, workflow.latestVersion);
    if (latest.status === 'draft') {
      await ctx.db.workflowVersion.update({
        where: { tenantId_workflowId_version: { tenantId, workflowId: workflow.id, version } },
        data: { ...versionData(definition), createdById: userId, createdAt: new Date() },
        select: { version: true },
      });
    } else {
      version += 1;
      await ctx.db.workflowVersion.create({
        data: {
          tenantId,
          workflowId: workflow.id,
          version,
          status: 'draft',
          createdById: userId,
          ...versionData(definition),
        },
        select: { version: true },
      });
      data.latestVersion = version;
    }
  }
  await ctx.db.workflow.update({
    where: { tenantId_id: { tenantId, id: workflow.id } },
    data,
    select: { id: true },
  });
  await recordAudit(ctx, {
    action: 'workflow.updated',
    recordType: 'workflow',
    recordId: workflow.id,
    before: { name: workflow.name, latestVersion: workflow.latestVersion },
    after: { name: data.name ?? workflow.name, latestVersion: version },
  });
  return loadWorkflow(ctx, workflow.id);
}
