import { AppError, accessibleWhere } from '@crm/core';
import type { TelecomContext } from '../../db.js';

/** The core account (client) a telecom record is about, if the actor may read it; else 400 naming the field. */
export async function readableAccount(
  ctx: TelecomContext,
  accountId: string,
  field = 'accountId',
): Promise<{ id: string; name: string; ownerId: string | null }> {
  const account = await ctx.db.account.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id: accountId, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { id: true, name: true, ownerId: true },
  });
  if (!account) throw AppError.invalid([{ field, message: 'no such account' }]);
  return account;
}
