import { accessibleWhere } from '../authz/index.js';
import { AppError, type FieldIssue } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { ActivityLinks } from './activity.schema.js';

/** Whether each linked record exists in the tenant, is not deleted and is readable by the actor. */
async function linkExists(ctx: TenantContext, field: keyof ActivityLinks, id: string): Promise<boolean> {
  const base = { tenantId: ctx.actor.tenantId, id, deletedAt: null };
  const select = { id: true } as const;
  switch (field) {
    case 'accountId':
      return !!(await ctx.db.account.findFirst({
        where: { AND: [base, accessibleWhere(ctx.ability, 'read', 'Account')] },
        select,
      }));
    case 'contactId':
      return !!(await ctx.db.contact.findFirst({
        where: { AND: [base, accessibleWhere(ctx.ability, 'read', 'Contact')] },
        select,
      }));
    case 'dealId':
      return !!(await ctx.db.deal.findFirst({
        where: { AND: [base, accessibleWhere(ctx.ability, 'read', 'Deal')] },
        select,
      }));
  }
}

const what: Record<keyof ActivityLinks, string> = {
  accountId: 'account',
  contactId: 'contact',
  dealId: 'deal',
};

/**
 * Checks the links being set (a `null` or absent link is not checked). A missing, deleted, foreign or
 * unreadable record answers the same 400 naming the field, so that ids of other tenants stay unknown.
 */
export async function assertActivityLinks(ctx: TenantContext, links: ActivityLinks): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const field of ['accountId', 'contactId', 'dealId'] as const) {
    const id = links[field];
    if (id && !(await linkExists(ctx, field, id)))
      issues.push({ field, message: `${what[field]} not found` });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
}
