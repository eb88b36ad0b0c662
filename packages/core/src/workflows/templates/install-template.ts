import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { createWorkflow } from '../lifecycle/create-workflow.js';
import { publishWorkflow } from '../lifecycle/publish-workflow.js';
import type { WorkflowOutput } from '../lifecycle/workflow.schema.js';
import { builtInTemplates, type WorkflowTemplate } from './built-in-templates.js';
import type { InstallTemplateInput } from './template.schema.js';

/** Installs a template as a new workflow (a draft, or published at once with `publish: true`). */
export async function installTemplate(
  ctx: TenantContext,
  input: InstallTemplateInput,
  stepTypes: StepTypeRegistry,
  extra: readonly WorkflowTemplate[] = [],
): Promise<WorkflowOutput> {
  const template = [...builtInTemplates, ...extra].find((t) => t.id === input.id);
  if (!template) throw AppError.notFound('Workflow template');
  const tenant = await ctx.db.tenant.findUniqueOrThrow({
    where: { id: ctx.actor.tenantId },
    select: { locale: true },
  });
  const name = input.name ?? (tenant.locale === 'ru' ? template.name.ru : template.name.en);
  const description = tenant.locale === 'ru' ? template.description.ru : template.description.en;
  const created = await createWorkflow(
    ctx,
    { name, description, definition: template.definition },
    stepTypes,
    { templateId: template.id },
  );
  return input.publish ? publishWorkflow(ctx, created.id, stepTypes) : created;
}
