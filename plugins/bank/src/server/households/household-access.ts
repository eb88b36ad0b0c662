import { AppError, accessibleWhere } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { clientWhere } from '../shared/client-scope.js';

/**
 * Households the actor sees: all with an unscoped client grant, otherwise those with a member who is
 * one of the actor's clients.
 */
export async function householdWhere(ctx: BankContext): Promise<Prisma.BankHouseholdWhereInput> {
  const scope = clientWhere(ctx.ability, 'read');
  if (Object.keys(scope).length === 0) return {};
  const plans = await ctx.bdb.bankRelationshipPlan.findMany({
    where: { AND: [{ tenantId: ctx.actor.tenantId, contactId: { not: null } }, scope] },
    select: { contactId: true },
    take: 10_000,
  });
  return { members: { some: { contactId: { in: plans.flatMap((p) => p.contactId ?? []) } } } };
}

export async function findHousehold(ctx: BankContext, id: string): Promise<{ id: string; version: number }> {
  const row = await ctx.bdb.bankHousehold.findFirst({
    where: { AND: [{ tenantId: ctx.actor.tenantId, id }, await householdWhere(ctx)] },
    select: { id: true, version: true },
  });
  if (!row) throw AppError.notFound('Household');
  return row;
}

/** Checks that every contact exists and is readable by the actor; the field names its position. */
export async function assertReadableContacts(
  ctx: BankContext,
  contacts: readonly { contactId: string }[],
  field: (index: number) => string,
): Promise<void> {
  const found = await ctx.db.contact.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id: { in: contacts.map((c) => c.contactId) }, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Contact'),
      ],
    },
    select: { id: true },
  });
  const known = new Set(found.map((c) => c.id));
  const issues = contacts.flatMap((c, i) =>
    known.has(c.contactId) ? [] : [{ field: field(i), message: 'no such contact' }],
  );
  if (issues.length) throw AppError.invalid(issues);
}

/** Contacts that belong to another household already (one household per contact). */
export async function assertNotInHousehold(
  ctx: BankContext,
  contacts: readonly { contactId: string }[],
  field: (index: number) => string,
): Promise<void> {
  const taken = await ctx.bdb.bankHouseholdMember.findMany({
    where: { tenantId: ctx.actor.tenantId, contactId: { in: contacts.map((c) => c.contactId) } },
    select: { contactId: true },
  });
  const busy = new Set(taken.map((t) => t.contactId));
  const issues = contacts.flatMap((c, i) =>
    busy.has(c.contactId) ? [{ field: field(i), message: 'belongs to another household already' }] : [],
  );
  if (issues.length) throw AppError.invalid(issues);
}
