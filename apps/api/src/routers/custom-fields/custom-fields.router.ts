import { customFieldsAdmin } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput } from '../shared.js';

const tags = ['Custom fields'];

export const customFieldsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/custom-fields', tags, summary: 'List custom field definitions' },
    })
    .input(customFieldsAdmin.listDefinitionsInput)
    .output(listOutput(customFieldsAdmin.definitionOutput))
    .query(({ ctx, input }) => customFieldsAdmin.listDefinitions(ctx.tenant, input)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/custom-fields', tags, summary: 'Define a custom field' },
      created: true,
    })
    .input(customFieldsAdmin.createDefinitionInput)
    .output(customFieldsAdmin.definitionOutput)
    .mutation(({ ctx, input }) => customFieldsAdmin.createDefinition(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/custom-fields/{id}',
        tags,
        summary: 'Change a custom field definition',
      },
    })
    .input(customFieldsAdmin.updateDefinitionInput)
    .output(customFieldsAdmin.definitionOutput)
    .mutation(({ ctx, input }) => customFieldsAdmin.updateDefinition(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/custom-fields/{id}',
        tags,
        summary: 'Archive a custom field (values are kept)',
      },
    })
    .input(idInput)
    .output(customFieldsAdmin.archivedOutput)
    .mutation(({ ctx, input }) => customFieldsAdmin.archiveDefinition(ctx.tenant, input.id)),
});

export type CustomFieldsRouter = typeof customFieldsRouter;
