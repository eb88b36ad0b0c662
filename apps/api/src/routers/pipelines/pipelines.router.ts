import { pipelines } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput, listOutput } from '../shared.js';

const tags = ['Pipelines'];

export const pipelinesRouter = router({
  list: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/pipelines', tags, summary: 'List pipelines with their stages' },
    })
    .input(pipelines.listPipelinesInput)
    .output(listOutput(pipelines.pipelineOutput))
    .query(({ ctx, input }) => pipelines.listPipelines(ctx.tenant, input)),
  get: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/pipelines/{id}', tags, summary: 'Get a pipeline with its stages' },
    })
    .input(idInput)
    .output(pipelines.pipelineOutput)
    .query(({ ctx, input }) => pipelines.getPipeline(ctx.tenant, input.id)),
  summary: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/pipelines/{id}/summary',
        tags,
        summary: 'Deal count, amount and weighted amount per stage and currency',
      },
    })
    .input(idInput)
    .output(pipelines.pipelineSummaryOutput)
    .query(({ ctx, input }) => pipelines.summarizePipeline(ctx.tenant, input.id)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/pipelines', tags, summary: 'Create a pipeline with its stages' },
      created: true,
    })
    .input(pipelines.createPipelineInput)
    .output(pipelines.pipelineOutput)
    .mutation(({ ctx, input }) => pipelines.createPipeline(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/pipelines/{id}',
        tags,
        summary: 'Update a pipeline, optionally replacing its stage list',
      },
    })
    .input(pipelines.updatePipelineInput)
    .output(pipelines.pipelineOutput)
    .mutation(({ ctx, input }) => pipelines.updatePipeline(ctx.tenant, input)),
  removeStage: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/pipelines/{id}/stages/{stageId}/remove',
        tags,
        summary: 'Remove a stage, first moving its deals to another stage of the same kind',
      },
    })
    .input(pipelines.removeStageInput)
    .output(pipelines.removeStageOutput)
    .mutation(({ ctx, input }) => pipelines.removeStage(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/pipelines/{id}',
        tags,
        summary: 'Delete a pipeline without deals',
      },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => pipelines.deletePipeline(ctx.tenant, input.id)),
});

export type PipelinesRouter = typeof pipelinesRouter;
