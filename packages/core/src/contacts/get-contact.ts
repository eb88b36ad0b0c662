import { accessibleWhere, authorize } from '../authz/index.js';
import { loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { contactSelect, type ContactOutput, type ContactRow } from './contact.schema.js';
import { presentContact } from './present-contact.js';
import { readContactById } from './read-contact.sql.js';

/**
 * Loads a contact the actor may act on with `action`. Another tenant's id, a record outside the
 * actor's scope and a missing one all answer the same NOT_FOUND.
 */
export async function findAccessibleContact(
  ctx: TenantContext,
  id: string,
  action: 'read' | 'update' | 'delete' | 'assign' = 'read',
  options: { deleted?: boolean } = {},
): Promise<ContactRow> {
  // A role without the action at all is told so; within the action, out-of-scope records are "not found".
  authorize(ctx.ability, action, 'Contact');
  const row = await ctx.db.contact.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id, deletedAt: options.deleted ? { not: null } : null },
        accessibleWhere(ctx.ability, action, 'Contact'),
      ],
    },
    select: contactSelect,
  });
  if (!row) throw AppError.notFound('Contact');
  return row;
}

export async function getContact(ctx: TenantContext, id: string): Promise<ContactOutput> {
  authorize(ctx.ability, 'read', 'Contact');
  const row = await readContactById(ctx, id);
  if (!row) throw AppError.notFound('Contact');
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'contact');
  return presentContact(ctx, definitions, row);
}
