import { accessibleWhere, authorize, type Action, type OwnedSubject } from '../authz/index.js';
import type { OwnedRecordType } from '../ownership/record-ownership-change.js';
import type { TenantContext } from '../records/context.js';

export const ownedRecordTypes = [
  'account',
  'contact',
  'deal',
  'activity',
] as const satisfies readonly OwnedRecordType[];

export const subjectOfRecordType: Record<OwnedRecordType, OwnedSubject> = {
  account: 'Account',
  contact: 'Contact',
  deal: 'Deal',
  activity: 'Activity',
};

interface Options {
  /** Soft-deleted records count too (history of a deleted record stays readable). */
  includeDeleted?: boolean;
}

/**
 * Which of `ids` are records of `recordType` in the tenant that the actor may act on with `action`.
 * FORBIDDEN when the actor may not do it to any record of that type; ids of other tenants, missing
 * ones and ones outside the actor's scope are simply absent from the answer.
 */
export async function accessibleRecordIds(
  ctx: TenantContext,
  recordType: OwnedRecordType,
  ids: readonly string[],
  action: Action,
  options: Options = {},
): Promise<Set<string>> {
  const subject = subjectOfRecordType[recordType];
  authorize(ctx.ability, action, subject);
  const own = {
    tenantId: ctx.actor.tenantId,
    id: { in: [...ids] },
    ...(options.includeDeleted ? {} : { deletedAt: null }),
  };
  const select = { id: true } as const;
  let rows: { id: string }[];
  switch (recordType) {
    case 'account':
      rows = await ctx.db.account.findMany({
        where: { AND: [own, accessibleWhere(ctx.ability, action, 'Account')] },
        select,
      });
      break;
    case 'contact':
      rows = await ctx.db.contact.findMany({
        where: { AND: [own, accessibleWhere(ctx.ability, action, 'Contact')] },
        select,
      });
      break;
    case 'deal':
      rows = await ctx.db.deal.findMany({
        where: { AND: [own, accessibleWhere(ctx.ability, action, 'Deal')] },
        select,
      });
      break;
    case 'activity':
      rows = await ctx.db.activity.findMany({
        where: { AND: [own, accessibleWhere(ctx.ability, action, 'Activity')] },
        select,
      });
      break;
  }
  return new Set(rows.map((row) => row.id));
}
