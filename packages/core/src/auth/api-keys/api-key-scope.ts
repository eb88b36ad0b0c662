import type { Action } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';

/**
 * Which keys an actor may act on: a role granted `action` on ApiKey (tenant admin) acts on every key
 * of the tenant; anyone else only on their own. Combined with AND with the tenant filter.
 */
export function apiKeyScope(ctx: TenantContext, action: Action): { userId?: string } {
  return ctx.ability.can(action, 'ApiKey') ? {} : { userId: ctx.actor.userId };
}
