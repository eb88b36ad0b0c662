import { accessibleWhere, authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { activitySelect, type ActivityOutput, type ActivityRow } from './activity.schema.js';
import { presentActivity } from './present-activity.js';

/**
 * Loads an activity the actor may act on with `action`. Another tenant's id, a record outside the
 * actor's scope and a missing one all answer the same NOT_FOUND; a role without `action` at all
 * is FORBIDDEN.
 */
export async function findAccessibleActivity(
  ctx: TenantContext,
  id: string,
  action: 'read' | 'update' | 'delete' | 'assign' = 'read',
  options: { deleted?: boolean } = {},
): Promise<ActivityRow> {
  authorize(ctx.ability, action, 'Activity');
  const row = await ctx.db.activity.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id, deletedAt: options.deleted ? { not: null } : null },
        accessibleWhere(ctx.ability, action, 'Activity'),
      ],
    },
    select: activitySelect,
  });
  if (!row) throw AppError.notFound('Activity');
  return row;
}

export async function getActivity(ctx: TenantContext, id: string): Promise<ActivityOutput> {
  return presentActivity(ctx, await findAccessibleActivity(ctx, id));
}
