import { packRules } from '@casl/ability/extra';
import { buildAbility } from '../../authz/index.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { loadActor } from '../load-actor.js';
import type { Principal } from '../principal.js';
import { userTenants } from '../user-tenants.js';
import { userSelect, type MeOutput } from './identity.schema.js';

/** The active tenant of a principal, if it is still an active member there, with its actor. */
async function activeTenantOf(database: Database, principal: Principal) {
  const tenantId = principal.tenantId;
  if (!tenantId) return null;
  return database.withTenant(
    tenantId,
    async (db) => {
      const actor = await loadActor(db, tenantId, principal);
      if (!actor) return null;
      const tenant = await db.tenant.findUnique({
        where: { id: tenantId },
        select: { id: true, name: true },
      });
      return tenant ? { actor, tenant } : null;
    },
    { userId: principal.userId },
  );
}

/**
 * Who is signed in, for the web app: the user, the active tenant with the role and the packed CASL
 * rules (the app hides what the rules deny; the server still decides), and the tenants to switch to.
 * An API key is bound to its tenant, so it is told about that tenant only.
 */
export async function describeSession(database: Database, principal: Principal): Promise<MeOutput> {
  const active = await activeTenantOf(database, principal);
  const { user, tenants } = await database.withPlatform(async (db) => ({
    user: await db.user.findUnique({ where: { id: principal.userId }, select: userSelect }),
    tenants: await userTenants(db, principal.userId),
  }));
  if (!user) throw new AppError('UNAUTHORIZED', 'Your session has ended; sign in again');
  return {
    user,
    tenant: active?.tenant ?? null,
    roleKey: active?.actor.roleKey ?? null,
    rules: active ? packRules(buildAbility(active.actor).rules) : [],
    tenants: principal.kind === 'apiKey' ? tenants.filter((t) => t.id === principal.tenantId) : tenants,
  };
}
