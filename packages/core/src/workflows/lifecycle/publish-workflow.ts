import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { enqueueRecordEvent } from '../../records/outbox.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { requireValidDefinition } from './check-definition.js';
import { versionData } from './create-workflow.js';
import { findVersion, findWorkflow, loadWorkflow } from './present-workflow.js';
import type { WorkflowOutput } from './workflow.schema.js';

/**
 * Publishes the draft: it becomes the live, immutable version (its hash fixed), the previously
 * published version is superseded. New runs start on it; running ones keep their version. The
 * definition is validated again (a plugin may have been turned off since it was saved). An outbox
 * event lets the relay create or update the Temporal schedule of a scheduled workflow.
 */
export async function publishWorkflow(
  ctx: TenantContext,
  id: string,
  stepTypes: StepTypeRegistry,
): Promise<WorkflowOutput> {
  authorize(ctx.ability, 'update', 'Workflow');
  const workflow = await findWorkflow(ctx, id);
  const draft = await findVersion(ctx, id, workflow.latestVersion);
  if (draft.status !== 'draft') {
    throw AppError.conflict(
      `Version ${draft.version} is ${draft.status}; edit the workflow to make a new draft`,
    );
  }
  const definition = await requireValidDefinition(ctx, draft.definition, stepTypes);
  const { tenantId, userId } = ctx.actor;
  const now = new Date();
  await ctx.db.workflowVersion.updateMany({
    where: { tenantId, workflowId: id, status: 'published' },
    data: { status: 'superseded' },
  });
  await ctx.db.workflowVersion.update({
    where: { tenantId_workflowId_version: { tenantId, workflowId: id, version: draft.version } },
    data: { ...versionData(definition), status: 'published', publishedAt: now, publishedById: userId },
    select: { version: true },
  });
  await ctx.db.workflow.update({
    where: { tenantId_id: { tenantId, id } },
    data: { status: 'published', publishedVersion: draft.version, archivedAt: null, updatedAt: now },
    select: { id: true },
  });
  await recordAudit(ctx, {
    action: 'workflow.published',
    recordType: 'workflow',
    recordId: id,
    before: { publishedVersion: workflow.publishedVersion },
    after: { publishedVersion: draft.version },
  });
  await enqueueRecordEvent(
    ctx,
    'workflow.published',
    { type: 'workflow', id },
    { version: draft.version, triggerType: definition.trigger.type },
  );
  return loadWorkflow(ctx, id);
}
