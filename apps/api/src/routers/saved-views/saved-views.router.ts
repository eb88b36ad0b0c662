import { z } from 'zod';
import { savedViews } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput } from '../shared.js';

const tags = ['Saved views'];

/** Saved list views: the caller's own and the workspace's shared ones. */
export const savedViewsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/saved-views', tags, summary: 'List my and shared views of a list' },
    })
    .input(savedViews.listSavedViewsInput)
    .output(z.object({ items: z.array(savedViews.savedViewOutput) }))
    .query(({ ctx, input }) => savedViews.listSavedViews(ctx.tenant, input)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/saved-views', tags, summary: 'Save a list view' },
      created: true,
    })
    .input(savedViews.createSavedViewInput)
    .output(savedViews.savedViewOutput)
    .mutation(({ ctx, input }) => savedViews.createSavedView(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({ openapi: { method: 'DELETE', path: '/saved-views/{id}', tags, summary: 'Delete a saved view' } })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => savedViews.deleteSavedView(ctx.tenant, input.id)),
});
