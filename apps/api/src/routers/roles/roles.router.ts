import { roles } from '@crm/core';
import { z } from 'zod';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput } from '../shared.js';

const tags = ['Roles and teams'];

export const rolesRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/roles', tags, summary: 'List roles with their permissions' } })
    .input(z.object({}))
    .output(z.object({ items: z.array(roles.roleOutput) }))
    .query(({ ctx }) => roles.listRoles(ctx.tenant)),
  create: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/roles', tags, summary: 'Create a custom role' },
      created: true,
    })
    .input(roles.createRoleInput)
    .output(roles.roleOutput)
    .mutation(({ ctx, input }) => roles.createRole(ctx.tenant, input)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/roles/{id}',
        tags,
        summary: 'Rename a custom role or change its permissions',
      },
    })
    .input(roles.updateRoleInput)
    .output(roles.roleOutput)
    .mutation(({ ctx, input }) => roles.updateRole(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: { method: 'DELETE', path: '/roles/{id}', tags, summary: 'Delete an unused custom role' },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => roles.deleteRole(ctx.tenant, input.id)),
});
