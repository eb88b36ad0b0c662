import type { TenantDb } from '@crm/core';
import type { BankDb } from '../../db.js';
import { chooseManager, type Assignment, type ClientFacts } from './choose-manager.js';

/**
 * Applies the tenant's active distribution rules to a client: the least loaded eligible manager of
 * the first matching rule. Eligible: an active member without an export freeze (not leaving), and not
 * in `exclude` (e.g. the departing manager). Runs in the caller's unit of work.
 */
export async function distributeClient(
  db: TenantDb,
  bdb: BankDb,
  tenantId: string,
  client: ClientFacts,
  exclude: readonly string[] = [],
): Promise<Assignment | null> {
  const rules = await bdb.bankDistributionRule.findMany({
    where: { tenantId, active: true },
    select: {
      id: true,
      priority: true,
      clientType: true,
      segment: true,
      region: true,
      tierId: true,
      teamId: true,
      managerIds: true,
    },
  });
  const candidates = [...new Set(rules.flatMap((r) => r.managerIds))];
  if (candidates.length === 0) return null;
  const [members, frozen, loads] = await Promise.all([
    db.membership.findMany({
      where: { userId: { in: candidates }, disabledAt: null },
      select: { userId: true },
    }),
    bdb.bankExportFreeze.findMany({
      where: { tenantId, userId: { in: candidates } },
      select: { userId: true },
    }),
    bdb.bankRelationshipPlan.groupBy({
      by: ['managerId'],
      where: { tenantId, managerId: { in: candidates }, status: { not: 'closed' } },
      _count: { _all: true },
    }),
  ]);
  const active = new Set(members.map((m) => m.userId));
  const blocked = new Set([...frozen.map((f) => f.userId), ...exclude]);
  const load = new Map(loads.flatMap((l) => (l.managerId ? [[l.managerId, l._count._all] as const] : [])));
  return chooseManager(rules, client, load, (userId) => active.has(userId) && !blocked.has(userId));
}
