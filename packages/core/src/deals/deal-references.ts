import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { CreateDealInput } from './deal.schema.js';

type ContactLinks = NonNullable<CreateDealInput['contacts']>;

/** The deal's account must be a live account of the tenant. */
export async function assertAccountExists(ctx: TenantContext, accountId: string): Promise<void> {
  const found = await ctx.db.account.findFirst({
    where: { tenantId: ctx.actor.tenantId, id: accountId, deletedAt: null },
    select: { id: true },
  });
  if (!found) throw AppError.invalid([{ field: 'accountId', message: 'account not found' }]);
}

/** Replaces the deal's contacts (with their role in the deal); every contact must be a live contact of the tenant. */
export async function linkDealContacts(
  ctx: TenantContext,
  dealId: string,
  links: ContactLinks,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const contactIds = [...new Set(links.map((link) => link.contactId))];
  if (contactIds.length > 0) {
    const found = await ctx.db.contact.findMany({
      where: { tenantId, id: { in: contactIds }, deletedAt: null },
      select: { id: true },
    });
    const known = new Set(found.map((contact) => contact.id));
    const issues = links.flatMap((link, index) =>
      known.has(link.contactId)
        ? []
        : [{ field: `contacts.${index}.contactId`, message: 'contact not found' }],
    );
    if (issues.length > 0) throw AppError.invalid(issues);
  }
  await ctx.db.dealContact.deleteMany({ where: { tenantId, dealId } });
  if (links.length === 0) return;
  await ctx.db.dealContact.createMany({
    data: links.map((link) => ({ tenantId, dealId, contactId: link.contactId, role: link.role ?? null })),
    skipDuplicates: true,
  });
}
