import { reassign } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { listOutput } from '../shared.js';

const tags = ['Ownership'];

export const ownershipRouter = router({
  reassign: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/ownership/reassign',
        tags,
        summary: "Hand all of a user's records to another member",
      },
    })
    .input(reassign.reassignInput)
    .output(reassign.reassignOutput)
    .mutation(({ ctx, input }) => reassign.reassignRecords(ctx.tenant, input)),
  history: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/ownership/history',
        tags,
        summary: "A record's owners over time, newest first",
      },
    })
    .input(reassign.ownershipHistoryInput)
    .output(listOutput(reassign.ownershipChangeOutput))
    .query(({ ctx, input }) => reassign.ownershipHistory(ctx.tenant, input)),
});

export type OwnershipRouter = typeof ownershipRouter;
