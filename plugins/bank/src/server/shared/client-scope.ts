import type { AppAbility } from '@crm/core';
import { z } from 'zod';
import type { BankSubject } from '../../authz.js';
import type { Prisma } from '../../generated/prisma/client.js';

// The only conditions bankAuthz writes (see clientConditions): the client's manager.
const managerCondition = z.object({
  managerId: z.union([z.uuid(), z.object({ in: z.array(z.uuid()) })]),
});

/**
 * The Prisma filter of the clients (relationship plans) the actor may `action` through `subject`,
 * from its CASL rules: no condition means every client; otherwise the managers it may act for.
 * Combined with AND next to the tenant, never instead of it.
 */
export function clientWhere(
  ability: AppAbility,
  action: string,
  subject: BankSubject = 'bank.Client',
): Prisma.BankRelationshipPlanWhereInput {
  const rules = ability.rulesFor(action, subject).filter((rule) => !rule.inverted);
  if (rules.some((rule) => !rule.conditions)) return {};
  const filters = rules.flatMap((rule) => {
    const parsed = managerCondition.safeParse(rule.conditions);
    return parsed.success ? [{ managerId: parsed.data.managerId }] : [];
  });
  return filters.length === 0 ? { id: { in: [] } } : { OR: filters };
}

/**
 * The same scope for records that belong to a client (products, referrals, offers, snapshots): a
 * filter on their `plan` relation, or nothing at all when every client is allowed (Prisma treats an
 * empty relation filter inside OR as matching nothing).
 */
export function clientRelationWhere(
  ability: AppAbility,
  action: string,
  subject: BankSubject = 'bank.Client',
): { plan?: Prisma.BankRelationshipPlanWhereInput } {
  const where = clientWhere(ability, action, subject);
  return Object.keys(where).length === 0 ? {} : { plan: where };
}
