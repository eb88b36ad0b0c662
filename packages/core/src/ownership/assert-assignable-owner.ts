import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';

/** A record can only be owned by an active member of the same tenant. */
export async function assertAssignableOwner(
  ctx: TenantContext,
  userId: string,
  field: string,
): Promise<void> {
  const member = await ctx.db.membership.findFirst({
    where: { userId, disabledAt: null },
    select: { id: true },
  });
  if (!member) throw AppError.invalid([{ field, message: 'is not an active member of this workspace' }]);
}
