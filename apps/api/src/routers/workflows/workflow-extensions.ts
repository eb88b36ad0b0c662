import { workflows } from '@crm/core';

/**
 * What plugins add to the workflow language, assembled in this composition root (core never imports
 * a plugin): their step types (`<pluginId>.<name>`, see `workflows.defineStepType`) and their
 * installable templates. The worker uses the same registry to find each plugin step's activity.
 */
export const workflowStepTypes: workflows.StepTypeRegistry = workflows.createStepTypeRegistry([]);
export const pluginWorkflowTemplates: readonly workflows.WorkflowTemplate[] = [];
