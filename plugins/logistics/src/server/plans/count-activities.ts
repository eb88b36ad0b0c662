import type { TenantDb } from '@crm/core';
import type { LogisticsDb } from '../../db.js';
import type { MetricCounts } from './plan.schema.js';

const DAY_MS = 86_400_000;

export const zeroCounts = (): MetricCounts => ({
  callsExisting: 0,
  callsPotential: 0,
  meetingsExisting: 0,
  meetingsPotential: 0,
});

/** Accounts that are existing clients: flagged as a client, or with an active client contract. */
async function existingClients(
  ldb: LogisticsDb,
  tenantId: string,
  accountIds: string[],
): Promise<Set<string>> {
  const profiles = await ldb.logisticsAccountProfile.findMany({
    where: { tenantId, accountId: { in: accountIds }, isClient: true },
    select: { accountId: true },
  });
  const contracts = await ldb.logisticsContract.findMany({
    where: { tenantId, accountId: { in: accountIds }, kind: 'client', status: 'active' },
    select: { accountId: true },
  });
  return new Set([...profiles, ...contracts].map((row) => row.accountId));
}

/**
 * Done calls and meetings per owner from the core's activities, between `from` and `to` (whole UTC
 * days, inclusive), when it happened (`occurredAt`, else `completedAt`): with existing clients (see
 * above) or potential ones (every other account). Activities without an account are not client work.
 */
export async function countActivities(
  db: TenantDb,
  ldb: LogisticsDb,
  tenantId: string,
  userIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, MetricCounts>> {
  const end = new Date(to.getTime() + DAY_MS);
  const groups = await db.activity.groupBy({
    by: ['ownerId', 'type', 'accountId'],
    where: {
      tenantId,
      ownerId: { in: userIds },
      type: { in: ['call', 'meeting'] },
      done: true,
      deletedAt: null,
      accountId: { not: null },
      OR: [{ occurredAt: { gte: from, lt: end } }, { occurredAt: null, completedAt: { gte: from, lt: end } }],
    },
    _count: { _all: true },
  });
  const accountIds = [...new Set(groups.flatMap((g) => (g.accountId ? [g.accountId] : [])))];
  const existing = await existingClients(ldb, tenantId, accountIds);
  const result = new Map<string, MetricCounts>();
  for (const group of groups) {
    if (!group.ownerId || !group.accountId) continue;
    const counts = result.get(group.ownerId) ?? zeroCounts();
    const who = existing.has(group.accountId) ? 'Existing' : 'Potential';
    const metric = group.type === 'call' ? (`calls${who}` as const) : (`meetings${who}` as const);
    counts[metric] += group._count._all;
    result.set(group.ownerId, counts);
  }
  return result;
}
