import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { savedViewSelect } from './saved-view.schema.js';

/**
 * Deletes a view: its owner may, and for a shared view also whoever manages the workspace's members
 * (an admin tidying up). Views the actor cannot see answer not found, like foreign ones.
 */
export async function deleteSavedView(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; deleted: true }> {
  const view = await ctx.db.savedView.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, OR: [{ ownerId: ctx.actor.userId }, { shared: true }] },
    select: savedViewSelect,
  });
  if (!view) throw AppError.notFound('Saved view');
  if (view.ownerId !== ctx.actor.userId && !ctx.ability.can('manage', 'Member')) {
    throw AppError.forbidden('Only its owner or an administrator may delete a shared view');
  }
  await ctx.db.savedView.deleteMany({ where: { tenantId: ctx.actor.tenantId, id } });
  await recordAudit(ctx, {
    action: 'saved_view.deleted',
    recordType: 'saved_view',
    recordId: id,
    before: view,
  });
  return { id, deleted: true };
}
