import { AppError, buildAbility, loadActor, resolvePrincipal, type TenantContext } from '@crm/core';
import { baseProcedure } from './init.js';

/**
 * The approved base procedures. Every procedure of the router is built from one of these; a test
 * walks the router and fails on any other (see test/procedures.test.ts).
 */
export const publicProcedure = baseProcedure;

/** Requires a valid session cookie or API key; adds the principal. */
export const authedProcedure = baseProcedure.use(async ({ ctx, next }) => {
  if (!ctx.credentials) throw new AppError('UNAUTHORIZED', 'Sign in or send an API key');
  const principal = await resolvePrincipal(ctx.services.database, ctx.credentials);
  if (!principal) throw new AppError('UNAUTHORIZED', 'Your session has ended; sign in again');
  return next({ ctx: { principal } });
});

/**
 * Opens the tenant unit of work for the whole procedure: one transaction with RLS set to the
 * principal's tenant, the membership and role loaded, and the CASL ability built.
 */
export const tenantProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const { principal } = ctx;
  const tenantId = principal.tenantId;
  if (!tenantId) throw new AppError('FORBIDDEN', 'Choose a workspace first');
  return ctx.services.database.withTenant(
    tenantId,
    async (db) => {
      const actor = await loadActor(db, tenantId, principal);
      if (!actor) throw new AppError('UNAUTHORIZED', 'You are no longer a member of this workspace');
      const tenant: TenantContext = { db, actor, ability: buildAbility(actor), requestId: ctx.requestId, ip: ctx.ip };
      const result = await next({ ctx: { tenant } });
      // A failed procedure must not commit half its writes: turn the failure back into a throw.
      if (!result.ok) throw result.error;
      return result;
    },
    principal.userId,
  );
});

/** A plugin's procedures: as tenantProcedure, and NOT_FOUND unless the tenant has the plugin on. */
export function pluginProcedure(pluginId: string) {
  return tenantProcedure.use(async ({ ctx, next }) => {
    const enabled = await ctx.tenant.db.tenantPlugin.findFirst({
      where: { pluginId, enabled: true },
      select: { pluginId: true },
    });
    if (!enabled) throw AppError.notFound('Resource');
    return next();
  });
}
