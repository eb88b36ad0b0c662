import { accessibleWhere } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { ContactLinks } from './account.schema.js';

export interface ContactLinkView {
  contactId: string;
  role: string | null;
  isPrimary: boolean;
}

/** The account's contact links, in a stable order (for the audit log). */
export async function loadContactLinks(ctx: TenantContext, accountId: string): Promise<ContactLinkView[]> {
  return ctx.db.accountContact.findMany({
    where: { tenantId: ctx.actor.tenantId, accountId },
    select: { contactId: true, role: true, isPrimary: true },
    orderBy: { contactId: 'asc' },
  });
}

/**
 * Replaces the account's links to the contacts the actor can read; links to contacts outside the
 * actor's scope are neither shown to nor removed by them. Every linked contact must exist in the
 * tenant and be readable, else the failing entry is named (`contacts.<n>.contactId`).
 */
export async function linkAccountContacts(
  ctx: TenantContext,
  accountId: string,
  links: ContactLinks,
): Promise<void> {
  const readable = accessibleWhere(ctx.ability, 'read', 'Contact');
  const contactIds = [...new Set(links.map((l) => l.contactId))];
  if (contactIds.length > 0) {
    const found = await ctx.db.contact.findMany({
      where: { AND: [{ tenantId: ctx.actor.tenantId, id: { in: contactIds }, deletedAt: null }, readable] },
      select: { id: true },
    });
    const known = new Set(found.map((c) => c.id));
    const issues = links.flatMap((l, i) =>
      known.has(l.contactId) ? [] : [{ field: `contacts.${i}.contactId`, message: 'contact not found' }],
    );
    if (issues.length > 0) throw AppError.invalid(issues);
  }
  await ctx.db.accountContact.deleteMany({
    where: { tenantId: ctx.actor.tenantId, accountId, contact: readable },
  });
  if (links.length === 0) return;
  await ctx.db.accountContact.createMany({
    data: links.map((link) => ({
      tenantId: ctx.actor.tenantId,
      accountId,
      contactId: link.contactId,
      role: link.role ?? null,
      isPrimary: link.isPrimary ?? false,
    })),
    skipDuplicates: true,
  });
}
