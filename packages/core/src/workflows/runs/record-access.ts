import { accessibleWhere } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';

/** Whether the actor may `read` (or `update`) this record; unknown types and missing records: no. */
export async function canAccessRecord(
  ctx: TenantContext,
  recordType: string,
  recordId: string,
  action: 'read' | 'update' = 'read',
): Promise<boolean> {
  const tenantId = ctx.actor.tenantId;
  const select = { id: true } as const;
  switch (recordType) {
    case 'deal':
      return Boolean(
        await ctx.db.deal.findFirst({
          where: {
            AND: [{ tenantId, id: recordId, deletedAt: null }, accessibleWhere(ctx.ability, action, 'Deal')],
          },
          select,
        }),
      );
    case 'contact':
      return Boolean(
        await ctx.db.contact.findFirst({
          where: {
            AND: [
              { tenantId, id: recordId, deletedAt: null },
              accessibleWhere(ctx.ability, action, 'Contact'),
            ],
          },
          select,
        }),
      );
    case 'account':
      return Boolean(
        await ctx.db.account.findFirst({
          where: {
            AND: [
              { tenantId, id: recordId, deletedAt: null },
              accessibleWhere(ctx.ability, action, 'Account'),
            ],
          },
          select,
        }),
      );
    case 'activity':
      return Boolean(
        await ctx.db.activity.findFirst({
          where: {
            AND: [
              { tenantId, id: recordId, deletedAt: null },
              accessibleWhere(ctx.ability, action, 'Activity'),
            ],
          },
          select,
        }),
      );
    default:
      return false;
  }
}
