import { accessibleWhere, authorize } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { accountSelect, type AccountOutput, type AccountRow } from './account.schema.js';
import { presentAccount } from './present-account.js';

/**
 * Loads an account the actor may act on with `action`. Another tenant's id, a record outside the
 * actor's scope and a missing one all answer the same NOT_FOUND; a role without `action` at all
 * is FORBIDDEN.
 */
export async function findAccessibleAccount(
  ctx: TenantContext,
  id: string,
  action: 'read' | 'update' | 'delete' | 'assign' = 'read',
  options: { deleted?: boolean } = {},
): Promise<AccountRow> {
  authorize(ctx.ability, action, 'Account');
  const row = await ctx.db.account.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id, deletedAt: options.deleted ? { not: null } : null },
        accessibleWhere(ctx.ability, action, 'Account'),
      ],
    },
    select: accountSelect,
  });
  if (!row) throw AppError.notFound('Account');
  return row;
}

export async function getAccount(ctx: TenantContext, id: string): Promise<AccountOutput> {
  const [row, definitions] = await Promise.all([
    findAccessibleAccount(ctx, id),
    loadCustomFieldDefinitions(ctx.db, 'account'),
  ]);
  return presentAccount(ctx, definitions, row);
}
