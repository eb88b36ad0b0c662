import { AppError, accessibleWhere } from '@crm/core';
import type { RealestateContext } from '../../db.js';

/** Refuses (400 naming the field) an agent who is not a member of the tenant. */
export async function checkMember(ctx: RealestateContext, field: string, userId: string | null | undefined) {
  if (!userId) return;
  const member = await ctx.db.membership.findFirst({ where: { userId }, select: { userId: true } });
  if (!member) throw AppError.invalid([{ field, message: 'is not a member of this workspace' }]);
}

/** Refuses (400 naming the field) a contact the actor cannot read, including another tenant's. */
export async function checkContact(
  ctx: RealestateContext,
  field: string,
  contactId: string | null | undefined,
) {
  if (!contactId) return;
  const contact = await ctx.db.contact.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id: contactId, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Contact'),
      ],
    },
    select: { id: true },
  });
  if (!contact) throw AppError.invalid([{ field, message: 'no such contact' }]);
}
