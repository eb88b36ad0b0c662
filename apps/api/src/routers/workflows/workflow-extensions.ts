import { plugins, workflows, type TenantContext } from '@crm/core';
import { installedPluginRegistry } from '../../plugins/installed-plugins.js';

/**
 * What plugins add to the workflow language, assembled in this composition root (core never imports
 * a plugin): their step types (`<pluginId>.<name>`, see `workflows.defineStepType`) and their
 * installable templates, from the installed plugins' manifests. The worker uses the same registry to
 * find each plugin step's activity. A tenant without the plugin cannot publish its steps (checkDefinition).
 */
export const workflowStepTypes: workflows.StepTypeRegistry = workflows.createStepTypeRegistry(
  installedPluginRegistry.stepTypes,
);
export const pluginWorkflowTemplates: readonly workflows.WorkflowTemplate[] =
  installedPluginRegistry.templates;

/** The plugin templates a tenant may see and install: those of the plugins it has on. */
export async function enabledPluginTemplates(ctx: TenantContext): Promise<workflows.WorkflowTemplate[]> {
  const enabled: workflows.WorkflowTemplate[] = [];
  for (const template of pluginWorkflowTemplates) {
    const pluginId = workflowStepTypes.pluginOf(template.id);
    if (await plugins.isPluginEnabled(ctx.db, pluginId)) enabled.push(template);
  }
  return enabled;
}
