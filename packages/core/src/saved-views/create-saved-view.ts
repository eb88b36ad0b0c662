import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { isUniqueViolation } from '../custom-fields-admin/prisma-errors.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import {
  type ViewDefinition,
  presentSavedView,
  savedViewSelect,
  subjectOfView,
  type CreateSavedViewInput,
  type SavedViewOutput,
} from './saved-view.schema.js';

/** Saves the actor's list state under a name; a shared view is listed for every member. */
export async function createSavedView(
  ctx: TenantContext,
  input: CreateSavedViewInput,
): Promise<SavedViewOutput> {
  authorize(ctx.ability, 'read', subjectOfView[input.objectType]);
  await assertReferencesExist(ctx, input.definition);
  const id = newId();
  try {
    const row = await ctx.db.savedView.create({
      data: {
        tenantId: ctx.actor.tenantId,
        id,
        objectType: input.objectType,
        name: input.name,
        ownerId: ctx.actor.userId,
        shared: input.shared,
        definition: input.definition,
      },
      select: savedViewSelect,
    });
    await recordAudit(ctx, {
      action: 'saved_view.created',
      recordType: 'saved_view',
      recordId: id,
      after: row,
    });
    return presentSavedView(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.invalid([{ field: 'name', message: 'you already have a view with this name' }]);
    }
    throw error;
  }
}

/**
 * The owner and tag a view filters by must be this workspace's: a view never stores ids it could not
 * have been shown (they would only ever list nothing, and echo foreign ids back).
 */
async function assertReferencesExist(ctx: TenantContext, definition: ViewDefinition): Promise<void> {
  const { tenantId } = ctx.actor;
  const issues: { field: string; message: string }[] = [];
  if (definition.ownerId) {
    const member = await ctx.db.membership.findFirst({
      where: { tenantId, userId: definition.ownerId },
      select: { id: true },
    });
    if (!member) issues.push({ field: 'definition.ownerId', message: 'is not a member of this workspace' });
  }
  const tagId = definition.filters.tagId;
  if (tagId) {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tagId);
    const tag = uuid
      ? await ctx.db.tag.findFirst({ where: { tenantId, id: tagId }, select: { id: true } })
      : null;
    if (!tag) issues.push({ field: 'definition.filters.tagId', message: 'is not a tag of this workspace' });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
}
