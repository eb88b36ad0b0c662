import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import {
  presentSavedView,
  savedViewSelect,
  subjectOfView,
  type ListSavedViewsInput,
  type SavedViewOutput,
} from './saved-view.schema.js';

/** The views of one list the actor sees: their own and every shared one, shared first, by name. */
export async function listSavedViews(
  ctx: TenantContext,
  input: ListSavedViewsInput,
): Promise<{ items: SavedViewOutput[] }> {
  authorize(ctx.ability, 'read', subjectOfView[input.objectType]);
  const rows = await ctx.db.savedView.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      objectType: input.objectType,
      OR: [{ ownerId: ctx.actor.userId }, { shared: true }],
    },
    orderBy: [{ shared: 'desc' }, { name: 'asc' }, { id: 'asc' }],
    take: 200,
    select: savedViewSelect,
  });
  return { items: rows.map(presentSavedView) };
}
