import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { triggerOf } from '../definition/trigger.schema.js';
import { builtInTemplates, type WorkflowTemplate } from './built-in-templates.js';
import type { TemplateOutput } from './template.schema.js';

/** The installable templates: core's, then those the app adds (plugins). */
export function listTemplates(
  ctx: TenantContext,
  extra: readonly WorkflowTemplate[] = [],
): { items: TemplateOutput[] } {
  authorize(ctx.ability, 'read', 'Workflow');
  return {
    items: [...builtInTemplates, ...extra].map((template) => ({
      ...template,
      triggerType: triggerOf(template.definition)?.type ?? '',
    })),
  };
}
