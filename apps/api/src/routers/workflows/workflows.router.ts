import { z } from 'zod';
import { workflows } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput } from '../shared.js';
import { workflowStepTypes } from './workflow-extensions.js';

const tags = ['Workflows'];

/** Workflow definitions and their lifecycle (tenant admins): draft → published → archived. */
export const workflowsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/workflows', tags, summary: 'List workflows' } })
    .input(workflows.listWorkflowsInput)
    .output(listOutput(workflows.workflowSummaryOutput))
    .query(({ ctx, input }) => workflows.listWorkflows(ctx.tenant, input)),
  create: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows',
        tags,
        summary: 'Create a workflow (a draft; invalid definitions are refused with every error path)',
      },
      created: true,
    })
    .input(workflows.createWorkflowInput)
    .output(workflows.workflowOutput)
    .mutation(({ ctx, input }) => workflows.createWorkflow(ctx.tenant, input, workflowStepTypes)),
  validateDefinition: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows/validate',
        tags,
        summary: 'Dry run: every error of a definition with its path',
      },
    })
    .input(workflows.validateDefinitionInput)
    .output(workflows.validationOutput)
    .mutation(({ ctx, input }) =>
      workflows.validateWorkflowDefinition(ctx.tenant, input.definition, workflowStepTypes),
    ),
  get: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflows/{id}',
        tags,
        summary: 'A workflow with its latest version',
      },
    })
    .input(idInput)
    .output(workflows.workflowOutput)
    .query(({ ctx, input }) => workflows.getWorkflow(ctx.tenant, input.id)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/workflows/{id}',
        tags,
        summary: 'Edit a workflow (a published one gets a new draft version)',
      },
    })
    .input(workflows.updateWorkflowInput)
    .output(workflows.workflowOutput)
    .mutation(({ ctx, input }) => workflows.updateWorkflow(ctx.tenant, input, workflowStepTypes)),
  publish: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows/{id}/publish',
        tags,
        summary: 'Publish the draft (immutable, versioned)',
      },
    })
    .input(idInput)
    .output(workflows.workflowOutput)
    .mutation(({ ctx, input }) => workflows.publishWorkflow(ctx.tenant, input.id, workflowStepTypes)),
  archive: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/workflows/{id}/archive', tags, summary: 'Archive: no new runs' },
    })
    .input(idInput)
    .output(workflows.workflowOutput)
    .mutation(({ ctx, input }) => workflows.archiveWorkflow(ctx.tenant, input.id)),
  validate: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows/{id}/validate',
        tags,
        summary: 'Dry run of the latest version (or of a proposed definition)',
      },
    })
    .input(workflows.validateWorkflowInput)
    .output(workflows.validationOutput)
    .mutation(({ ctx, input }) => workflows.validateWorkflow(ctx.tenant, input, workflowStepTypes)),
  versions: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflows/{id}/versions',
        tags,
        summary: 'Every version, newest first',
      },
    })
    .input(idInput)
    .output(z.object({ items: z.array(workflows.workflowVersionOutput) }))
    .query(({ ctx, input }) => workflows.listWorkflowVersions(ctx.tenant, input.id)),
  run: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows/{id}/run',
        tags,
        summary: 'Manual trigger: run the published version on a record',
      },
      created: true,
    })
    .input(workflows.startRunInput)
    .output(workflows.runDetailOutput)
    .mutation(({ ctx, input }) => workflows.startRun(ctx.tenant, input)),
  stepTypes: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflow-step-types',
        tags,
        summary: "Plugin step types of the tenant's enabled plugins, with their input as JSON Schema",
      },
    })
    .input(z.strictObject({}))
    .output(z.object({ items: z.array(workflows.stepTypeOutput) }))
    .query(({ ctx }) => workflows.listStepTypes(ctx.tenant, workflowStepTypes)),
  hookToken: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflows/{id}/hook-token',
        tags,
        summary: 'Issue the inbound webhook token (shown once; replaces the old one)',
      },
    })
    .input(idInput)
    .output(workflows.hookTokenOutput)
    .mutation(({ ctx, input }) => workflows.issueHookToken(ctx.tenant, input.id)),
});
