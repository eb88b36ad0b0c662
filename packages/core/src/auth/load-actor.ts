import type { Actor } from '../authz/index.js';
import { rolePermissionsSchema } from '../authz/role-permissions.schema.js';
import type { TenantDb } from '../db/database.js';
import type { Principal } from './principal.js';

/**
 * Inside the tenant's unit of work: the principal's membership, role and teams. Null when the user
 * is not an active member of this tenant (or the API key was revoked meanwhile).
 */
export async function loadActor(db: TenantDb, tenantId: string, principal: Principal): Promise<Actor | null> {
  const membership = await db.membership.findFirst({
    where: { userId: principal.userId, disabledAt: null },
    select: {
      role: { select: { key: true, permissions: true } },
      teams: { select: { team: { select: { members: { select: { userId: true } } } } } },
    },
  });
  if (!membership) return null;
  if (principal.kind === 'apiKey') {
    const key = await db.apiKey.findFirst({
      where: { id: principal.apiKeyId, revokedAt: null },
      select: { id: true },
    });
    if (!key) return null;
  }
  const teamUserIds = new Set([principal.userId]);
  for (const { team } of membership.teams) for (const member of team.members) teamUserIds.add(member.userId);
  return {
    tenantId,
    userId: principal.userId,
    roleKey: membership.role.key,
    permissions: rolePermissionsSchema.parse(membership.role.permissions),
    teamUserIds: [...teamUserIds],
    apiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
  };
}
