import type { workflows } from '@crm/core';

// Re-exported for the web app, which may import only types from the API (lint: apps/web → @crm/api types).
export type BuiltInStepKind = workflows.BuiltInStepKind;
export type PluginStep = workflows.PluginStep;
export type StepOfKind<K extends BuiltInStepKind> = workflows.StepOfKind<K>;
export type WorkflowSettings = workflows.WorkflowSettings;
export type WorkflowStep = workflows.WorkflowStep;
export type WorkflowTrigger = workflows.WorkflowTrigger;
