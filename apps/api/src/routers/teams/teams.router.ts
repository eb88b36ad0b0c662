import { teams } from '@crm/core';
import { z } from 'zod';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput } from '../shared.js';

const tags = ['Roles and teams'];

export const teamsRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/teams', tags, summary: 'List teams with their members' } })
    .input(z.object({}))
    .output(z.object({ items: z.array(teams.teamOutput) }))
    .query(({ ctx }) => teams.listTeams(ctx.tenant)),
  create: tenantProcedure
    .meta({ openapi: { method: 'POST', path: '/teams', tags, summary: 'Create a team' }, created: true })
    .input(teams.createTeamInput)
    .output(teams.teamOutput)
    .mutation(({ ctx, input }) => teams.createTeam(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/teams/{id}',
        tags,
        summary: 'Rename a team or replace its members',
      },
    })
    .input(teams.updateTeamInput)
    .output(teams.teamOutput)
    .mutation(({ ctx, input }) => teams.updateTeam(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({ openapi: { method: 'DELETE', path: '/teams/{id}', tags, summary: 'Delete a team' } })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => teams.deleteTeam(ctx.tenant, input.id)),
});
