import { deals } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput, listOutput, restoredOutput } from '../shared.js';

const tags = ['Deals'];

export const dealsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/deals', tags, summary: 'List deals' } })
    .input(deals.listDealsInput)
    .output(listOutput(deals.dealOutput))
    .query(({ ctx, input }) => deals.listDeals(ctx.tenant, input)),
  get: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/deals/{id}', tags, summary: 'Get a deal' } })
    .input(idInput)
    .output(deals.dealOutput)
    .query(({ ctx, input }) => deals.getDeal(ctx.tenant, input.id)),
  create: tenantProcedure
    .meta({ openapi: { method: 'POST', path: '/deals', tags, summary: 'Create a deal' }, created: true })
    .input(deals.createDealInput)
    .output(deals.dealOutput)
    .mutation(({ ctx, input }) => deals.createDeal(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/deals/{id}',
        tags,
        summary: 'Update a deal or move it to another stage',
      },
    })
    .input(deals.updateDealInput)
    .output(deals.dealOutput)
    .mutation(({ ctx, input }) => deals.updateDeal(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({ openapi: { method: 'DELETE', path: '/deals/{id}', tags, summary: 'Delete a deal (restorable)' } })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deals.deleteDeal(ctx.tenant, input.id)),
  restore: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/deals/{id}/restore', tags, summary: 'Restore a deleted deal' },
    })
    .input(idInput)
    .output(restoredOutput)
    .mutation(({ ctx, input }) => deals.restoreDeal(ctx.tenant, input.id)),
});

export type DealsRouter = typeof dealsRouter;
