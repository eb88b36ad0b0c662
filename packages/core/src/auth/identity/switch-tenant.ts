import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import type { Principal } from '../principal.js';
import { userTenants } from '../user-tenants.js';
import type { SwitchTenantInput, TenantView } from './identity.schema.js';

/**
 * Makes another tenant the session's active one. Only a tenant the user is an active member of;
 * any other id (foreign, unknown, membership disabled) answers the same NOT_FOUND.
 */
export async function switchTenant(
  database: Database,
  principal: Principal,
  input: SwitchTenantInput,
): Promise<{ tenant: TenantView; roleKey: string }> {
  if (principal.kind !== 'session')
    throw AppError.forbidden('An API key belongs to one workspace and cannot switch');
  return database.withPlatform(async (db) => {
    const target = (await userTenants(db, principal.userId)).find((t) => t.id === input.tenantId);
    if (!target) throw AppError.notFound('Workspace');
    await db.session.update({
      where: { id: principal.sessionId },
      data: { activeTenantId: target.id },
      select: { id: true },
    });
    return { tenant: { id: target.id, name: target.name }, roleKey: target.roleKey };
  });
}
