import { accessibleWhere } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { dealSelect, type DealOutput, type DealRow } from './deal.schema.js';
import { presentDeal } from './present-deal.js';

/**
 * Loads a deal the actor may act on with `action`. Another tenant's id, a record outside the actor's
 * scope and a missing one all answer the same NOT_FOUND.
 */
export async function findAccessibleDeal(
  ctx: TenantContext,
  id: string,
  action: 'read' | 'update' | 'delete' | 'assign' = 'read',
  options: { deleted?: boolean } = {},
): Promise<DealRow> {
  const row = await ctx.db.deal.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id, deletedAt: options.deleted ? { not: null } : null },
        accessibleWhere(ctx.ability, action, 'Deal'),
      ],
    },
    select: dealSelect,
  });
  if (!row) throw AppError.notFound('Deal');
  return row;
}

export async function getDeal(ctx: TenantContext, id: string): Promise<DealOutput> {
  const [row, definitions] = await Promise.all([
    findAccessibleDeal(ctx, id),
    loadCustomFieldDefinitions(ctx.db, 'deal'),
  ]);
  return presentDeal(ctx, definitions, row);
}
