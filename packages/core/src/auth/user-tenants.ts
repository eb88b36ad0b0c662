import type { TenantDb } from '../db/database.js';

export interface UserTenant {
  id: string;
  name: string;
  roleKey: string;
}

const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * The tenants a user is an active member of, oldest membership first, through the narrow definer
 * function crm_user_tenants (RLS would show only the current tenant's memberships). With no user it
 * runs the same query for nobody, so that callers can keep their timing independent of existence.
 */
export async function userTenants(db: TenantDb, userId: string | null): Promise<UserTenant[]> {
  const rows = await db.$queryRaw<{ tenantId: string; tenantName: string; roleKey: string }[]>`
    SELECT "tenantId", "tenantName", "roleKey" FROM crm_user_tenants(${userId ?? NO_USER}::uuid)`;
  return rows.map((row) => ({ id: row.tenantId, name: row.tenantName, roleKey: row.roleKey }));
}
