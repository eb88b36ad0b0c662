import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { presentRole, roleSelect, type RoleOutput } from './role.schema.js';

/** The tenant's roles, system ones first: the permission matrix of the admin screen. */
export async function listRoles(ctx: TenantContext): Promise<{ items: RoleOutput[] }> {
  authorize(ctx.ability, 'read', 'Role');
  const rows = await ctx.db.role.findMany({
    where: { tenantId: ctx.actor.tenantId },
    select: roleSelect,
    orderBy: [{ isSystem: 'desc' }, { name: 'asc' }],
  });
  return { items: rows.map(presentRole) };
}
