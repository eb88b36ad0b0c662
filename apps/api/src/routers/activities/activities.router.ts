import { activities } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput, deletedOutput, restoredOutput } from '../shared.js';

const tags = ['Activities'];

export const activitiesRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/activities',
        tags,
        summary: 'List activities (calls, meetings, tasks, notes, emails)',
      },
    })
    .input(activities.listActivitiesInput)
    .output(listOutput(activities.activityOutput))
    .query(({ ctx, input }) => activities.listActivities(ctx.tenant, input)),
  get: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/activities/{id}', tags, summary: 'Get an activity' } })
    .input(idInput)
    .output(activities.activityOutput)
    .query(({ ctx, input }) => activities.getActivity(ctx.tenant, input.id)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/activities', tags, summary: 'Log or plan an activity' },
      created: true,
    })
    .input(activities.createActivityInput)
    .output(activities.activityOutput)
    .mutation(({ ctx, input }) => activities.createActivity(ctx.tenant, input)),
  update: tenantProcedure
    .meta({ openapi: { method: 'PATCH', path: '/activities/{id}', tags, summary: 'Update an activity' } })
    .input(activities.updateActivityInput)
    .output(activities.activityOutput)
    .mutation(({ ctx, input }) => activities.updateActivity(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/activities/{id}',
        tags,
        summary: 'Delete an activity (restorable)',
      },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => activities.deleteActivity(ctx.tenant, input.id)),
  restore: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/activities/{id}/restore',
        tags,
        summary: 'Restore a deleted activity',
      },
    })
    .input(idInput)
    .output(restoredOutput)
    .mutation(({ ctx, input }) => activities.restoreActivity(ctx.tenant, input.id)),
});

export type ActivitiesRouter = typeof activitiesRouter;
