import { AppError, plugins, resolvePrincipal } from '@crm/core';
import { baseProcedure } from './init.js';
import { assertOnlyTenant, tenantAssertionEnabled } from './assert-tenant.js';
import { runInTenantUnit } from './tenant-unit.js';

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
 * Opens the tenant unit of work for the whole procedure (see runInTenantUnit): one transaction with RLS
 * set to the principal's tenant, the credential re-checked, the actor loaded and the CASL ability built.
 * A failed procedure rolls the whole transaction back.
 */
export const tenantProcedure = baseProcedure.use(({ ctx, next }) =>
  runInTenantUnit(ctx, async (tenant, principal) => {
    const result = await next({ ctx: { tenant, principal } });
    // A failed procedure must not commit half its writes: turn the failure back into a throw.
    if (!result.ok) throw result.error;
    if (tenantAssertionEnabled) assertOnlyTenant(result.data, tenant.actor.tenantId);
    return result;
  }),
);

/** A plugin's procedures: as tenantProcedure, and NOT_FOUND unless the tenant has the plugin on. */
export function pluginProcedure(pluginId: string) {
  const procedure = tenantProcedure.use(async ({ ctx, next }) => {
    if (!(await plugins.isPluginEnabled(ctx.tenant.db, pluginId))) throw AppError.notFound('Resource');
    return next();
  });
  approvedBaseProcedures.push(procedure);
  return procedure;
}

/** Every base a procedure may be built from; the router test checks each procedure against it. */
export const approvedBaseProcedures: unknown[] = [publicProcedure, authedProcedure, tenantProcedure];
