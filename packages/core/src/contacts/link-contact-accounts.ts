import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { CreateContactInput } from './contact.schema.js';

type AccountLinks = NonNullable<CreateContactInput['accounts']>;

/** Replaces the contact's account links; every account must exist in the tenant and be readable. */
export async function linkContactAccounts(
  ctx: TenantContext,
  contactId: string,
  links: AccountLinks,
): Promise<void> {
  const accountIds = [...new Set(links.map((l) => l.accountId))];
  if (accountIds.length > 0) {
    const found = await ctx.db.account.findMany({
      where: { id: { in: accountIds }, deletedAt: null },
      select: { id: true },
    });
    const known = new Set(found.map((a) => a.id));
    const missing = links.findIndex((l) => !known.has(l.accountId));
    if (missing >= 0)
      throw AppError.invalid([{ field: `accounts.${missing}.accountId`, message: 'account not found' }]);
  }
  await ctx.db.accountContact.deleteMany({ where: { contactId } });
  if (links.length === 0) return;
  await ctx.db.accountContact.createMany({
    data: links.map((link) => ({
      tenantId: ctx.actor.tenantId,
      contactId,
      accountId: link.accountId,
      role: link.role ?? null,
      isPrimary: link.isPrimary ?? false,
    })),
    skipDuplicates: true,
  });
}
