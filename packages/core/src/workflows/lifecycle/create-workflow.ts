import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { newId } from '../../ids.js';
import type { TenantContext } from '../../records/context.js';
import { toJsonObject } from '../../records/to-json-object.js';
import { definitionHash } from '../definition/definition-hash.js';
import type { WorkflowDefinition } from '../definition/definition.schema.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { requireValidDefinition } from './check-definition.js';
import { loadWorkflow } from './present-workflow.js';
import type { CreateWorkflowInput, WorkflowOutput } from './workflow.schema.js';

/** What a version row stores about its definition. */
export function versionData(definition: WorkflowDefinition) {
  const trigger = definition.trigger;
  return {
    definition: toJsonObject(definition),
    hash: definitionHash(definition),
    triggerType: trigger.type,
    recordType: 'recordType' in trigger && trigger.recordType ? trigger.recordType : null,
  };
}

/** Creates a workflow with its first version as a draft. The definition must be valid. */
export async function createWorkflow(
  ctx: TenantContext,
  input: CreateWorkflowInput,
  stepTypes: StepTypeRegistry,
  options: { templateId?: string } = {},
): Promise<WorkflowOutput> {
  authorize(ctx.ability, 'create', 'Workflow');
  const definition = await requireValidDefinition(ctx, input.definition, stepTypes);
  const id = newId();
  const { tenantId, userId } = ctx.actor;
  await ctx.db.workflow.create({
    data: {
      tenantId,
      id,
      name: input.name,
      description: input.description ?? null,
      templateId: options.templateId ?? null,
      signingSecret: randomBytes(32).toString('base64url'),
      createdById: userId,
    },
    select: { id: true },
  });
  await ctx.db.workflowVersion.create({
    data: {
      tenantId,
      workflowId: id,
      version: 1,
      status: 'draft',
      createdById: userId,
      ...versionData(definition),
    },
    select: { version: true },
  });
  const created = await loadWorkflow(ctx, id);
  await recordAudit(ctx, {
    action: 'workflow.created',
    recordType: 'workflow',
    recordId: id,
    after: { name: input.name, version: 1 },
  });
  return created;
}
