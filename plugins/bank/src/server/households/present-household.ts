import type { BankContext } from '../../db.js';
import { moneyText } from '../shared/money.js';
import { memberRoles, type HouseholdOutput } from './household.schema.js';

/** Households with member names, their plans and the open products' balances per currency. */
export async function presentHouseholds(
  ctx: BankContext,
  ids: readonly string[],
): Promise<HouseholdOutput[]> {
  if (ids.length === 0) return [];
  const tenantId = ctx.actor.tenantId;
  const rows = await ctx.bdb.bankHousehold.findMany({
    where: { tenantId, id: { in: [...ids] } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      notes: true,
      version: true,
      members: {
        orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }],
        select: { contactId: true, role: true, isPrimary: true },
      },
    },
  });
  const contactIds = rows.flatMap((r) => r.members.map((m) => m.contactId));
  const [contacts, plans] = await Promise.all([
    ctx.db.contact.findMany({
      where: { id: { in: contactIds } },
      select: { id: true, firstName: true, lastName: true },
    }),
    ctx.bdb.bankRelationshipPlan.findMany({
      where: { tenantId, contactId: { in: contactIds } },
      select: { id: true, contactId: true },
    }),
  ]);
  const names = new Map(contacts.map((c) => [c.id, [c.firstName, c.lastName].filter(Boolean).join(' ')]));
  const planOf = new Map(plans.map((p) => [p.contactId ?? '', p.id]));
  const sums = await ctx.bdb.bankProduct.groupBy({
    by: ['planId', 'currency'],
    where: { tenantId, planId: { in: plans.map((p) => p.id) }, status: { not: 'closed' } },
    _sum: { balance: true },
  });
  return rows.map((row) => {
    const memberPlans = new Set(row.members.flatMap((m) => planOf.get(m.contactId) ?? []));
    const totals = new Map<string, number>();
    for (const sum of sums.filter((s) => memberPlans.has(s.planId))) {
      totals.set(sum.currency, (totals.get(sum.currency) ?? 0) + Number(sum._sum.balance ?? 0));
    }
    return {
      ...row,
      members: row.members.map((m) => ({
        ...m,
        role: memberRoles.find((r) => r === m.role) ?? 'other',
        name: names.get(m.contactId) ?? '',
        planId: planOf.get(m.contactId) ?? null,
      })),
      balances: [...totals].map(([currency, amount]) => ({ currency, amount: moneyText(amount) })),
    };
  });
}
