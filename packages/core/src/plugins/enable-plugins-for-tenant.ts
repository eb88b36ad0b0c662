import { loadActor } from '../auth/load-actor.js';
import { abilityFor } from '../authz/index.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors/index.js';
import { enablePlugin } from './enable-plugin.js';
import type { PluginRegistry } from './plugin-registry.js';
import type { PluginOutput } from './plugin.schema.js';

/**
 * Enables plugins for a tenant on behalf of its first tenant admin, as that admin would through the
 * API (same checks, seed and audit): the launcher uses it for the demo workspace. Idempotent.
 */
export async function enablePluginsAsTenantAdmin(
  database: Database,
  tenantId: string,
  registry: PluginRegistry,
  pluginIds: readonly string[] = registry.plugins.map((p) => p.id),
): Promise<PluginOutput[]> {
  return database.withTenant(tenantId, async (db) => {
    const admin = await db.membership.findFirst({
      where: { disabledAt: null, role: { key: 'admin' } },
      orderBy: { createdAt: 'asc' },
      select: { userId: true },
    });
    if (!admin) throw new AppError('CONFLICT', 'The workspace has no tenant admin');
    const principal = { kind: 'session' as const, userId: admin.userId, tenantId, sessionId: tenantId };
    const actor = await loadActor(db, tenantId, principal);
    if (!actor) throw new AppError('CONFLICT', 'The workspace has no active tenant admin');
    const ctx = {
      db,
      actor,
      ability: abilityFor(actor, registry.ruleContributors),
      requestId: 'plugin-setup',
      ip: null,
    };
    const enabled: PluginOutput[] = [];
    for (const id of pluginIds) enabled.push(await enablePlugin(ctx, registry, { id }));
    return enabled;
  });
}
