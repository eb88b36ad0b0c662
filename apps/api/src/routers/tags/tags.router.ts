import { tags as tagsDomain } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput, listOutput } from '../shared.js';

const tags = ['Tags'];

export const tagsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/tags', tags, summary: 'List tags' } })
    .input(tagsDomain.listTagsInput)
    .output(listOutput(tagsDomain.tagOutput))
    .query(({ ctx, input }) => tagsDomain.listTags(ctx.tenant, input)),
  create: tenantProcedure
    .meta({ openapi: { method: 'POST', path: '/tags', tags, summary: 'Create a tag' }, created: true })
    .input(tagsDomain.createTagInput)
    .output(tagsDomain.tagOutput)
    .mutation(({ ctx, input }) => tagsDomain.createTag(ctx.tenant, input)),
  update: tenantProcedure
    .meta({ openapi: { method: 'PATCH', path: '/tags/{id}', tags, summary: 'Rename or recolour a tag' } })
    .input(tagsDomain.updateTagInput)
    .output(tagsDomain.tagOutput)
    .mutation(({ ctx, input }) => tagsDomain.updateTag(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: { method: 'DELETE', path: '/tags/{id}', tags, summary: 'Delete a tag and its assignments' },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => tagsDomain.deleteTag(ctx.tenant, input.id)),
  assign: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/tags/{id}/assign', tags, summary: 'Tag records (all or nothing)' },
    })
    .input(tagsDomain.tagAssignmentInput)
    .output(tagsDomain.tagAssignmentOutput)
    .mutation(({ ctx, input }) => tagsDomain.assignTag(ctx.tenant, input)),
  unassign: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tags/{id}/unassign',
        tags,
        summary: 'Untag records (all or nothing)',
      },
    })
    .input(tagsDomain.tagAssignmentInput)
    .output(tagsDomain.tagAssignmentOutput)
    .mutation(({ ctx, input }) => tagsDomain.unassignTag(ctx.tenant, input)),
});

export type TagsRouter = typeof tagsRouter;
