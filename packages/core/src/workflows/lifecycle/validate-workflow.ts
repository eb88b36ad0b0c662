import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { checkDefinition } from './check-definition.js';
import { findVersion, findWorkflow } from './present-workflow.js';
import type { ValidationOutput } from './workflow.schema.js';

/** Dry run: every problem of a definition with its path; nothing is written. */
export async function validateWorkflowDefinition(
  ctx: TenantContext,
  definition: unknown,
  stepTypes: StepTypeRegistry,
): Promise<ValidationOutput> {
  authorize(ctx.ability, 'read', 'Workflow');
  const check = await checkDefinition(ctx, definition, stepTypes);
  return {
    valid: check.valid,
    errors: check.issues.map((issue) => ({ path: issue.field, message: issue.message })),
  };
}

/** Dry run of a workflow's latest version, or of a definition proposed for it. */
export async function validateWorkflow(
  ctx: TenantContext,
  input: { id: string; definition?: Record<string, unknown> | undefined },
  stepTypes: StepTypeRegistry,
): Promise<ValidationOutput> {
  authorize(ctx.ability, 'read', 'Workflow');
  const workflow = await findWorkflow(ctx, input.id);
  const definition =
    input.definition ?? (await findVersion(ctx, workflow.id, workflow.latestVersion)).definition;
  return validateWorkflowDefinition(ctx, definition, stepTypes);
}
