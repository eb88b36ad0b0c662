import { members } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { listOutput } from '../shared.js';

const tags = ['Members'];

/** The tenant's members: everyone may list them; changing roles and access is for tenant admins. */
export const membersRouter = router({
  list: tenantProcedure
    .meta({
      openapi: { method: 'GET', path: '/members', tags, summary: 'List the members of the workspace' },
    })
    .input(members.listMembersInput)
    .output(listOutput(members.memberOutput))
    .query(({ ctx, input }) => members.listMembers(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/members/{userId}',
        tags,
        summary: "Change a member's role, or disable / re-enable access",
      },
    })
    .input(members.updateMemberInput)
    .output(members.memberOutput)
    .mutation(({ ctx, input }) => members.updateMember(ctx.tenant, input)),
});
