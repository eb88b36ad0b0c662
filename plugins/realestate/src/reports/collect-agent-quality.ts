import type { RealestateContext } from '../db.js';
import type { AgentQualityRow } from './agent-quality.report.js';

const HOUR_MS = 60 * 60 * 1000;
const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

type Counts = Omit<
  AgentQualityRow,
  'userId' | 'name' | 'verifiedShare' | 'avgResponseHours' | 'feedbackRate' | 'conversion'
> & {
  responseHoursTotal: number;
  answered: number;
  pastConfirmed: number;
  withFeedback: number;
};

const empty = (): Counts => ({
  objectsCreated: 0,
  duplicatesCreated: 0,
  verified: 0,
  stale: 0,
  unverified: 0,
  rejected: 0,
  showingRequests: 0,
  responseHoursTotal: 0,
  answered: 0,
  pastConfirmed: 0,
  withFeedback: 0,
  requirements: 0,
  wonDeals: 0,
});

/** The agent quality figures of every member with real-estate work, for records of [from, to). */
export async function collectAgentQuality(
  ctx: RealestateContext,
  period: { from: Date; to: Date },
): Promise<AgentQualityRow[]> {
  const tenantId = ctx.actor.tenantId;
  const inPeriod = { gte: period.from, lt: period.to };
  const byAgent = new Map<string, Counts>();
  const of = (userId: string) => {
    const found = byAgent.get(userId);
    if (found) return found;
    const fresh = empty();
    byAgent.set(userId, fresh);
    return fresh;
  };

  const created = await ctx.rdb.realestateProperty.groupBy({
    by: ['createdById', 'verificationStatus'],
    where: { tenantId, createdAt: inPeriod, createdById: { not: null } },
    _count: { _all: true },
  });
  for (const group of created) {
    if (!group.createdById) continue;
    const row = of(group.createdById);
    row.objectsCreated += group._count._all;
    if (group.verificationStatus === 'Duplicate') row.duplicatesCreated += group._count._all;
  }
  const portfolio = await ctx.rdb.realestateProperty.groupBy({
    by: ['ListAgentKey', 'verificationStatus'],
    where: { tenantId, ListAgentKey: { not: null }, StandardStatus: { not: 'Delete' } },
    _count: { _all: true },
  });
  const statusField = {
    Verified: 'verified',
    Stale: 'stale',
    Unverified: 'unverified',
    Verifying: 'unverified',
    Rejected: 'rejected',
  } as const;
  for (const group of portfolio) {
    if (!group.ListAgentKey) continue;
    const field = statusField[group.verificationStatus as keyof typeof statusField] as
      keyof Counts | undefined;
    if (field) of(group.ListAgentKey)[field] += group._count._all;
  }

  const now = new Date();
  const showings = await ctx.rdb.realestateShowing.findMany({
    where: { tenantId, createdAt: inPeriod, ShowingAgentKey: { not: null } },
    select: {
      ShowingAgentKey: true,
      createdAt: true,
      decidedAt: true,
      ShowingAppointmentStatus: true,
      ShowingStartTimestamp: true,
      feedbackAt: true,
    },
    take: 50_000,
  });
  for (const showing of showings) {
    if (!showing.ShowingAgentKey) continue;
    const row = of(showing.ShowingAgentKey);
    row.showingRequests += 1;
    if (showing.decidedAt) {
      row.answered += 1;
      row.responseHoursTotal += (showing.decidedAt.getTime() - showing.createdAt.getTime()) / HOUR_MS;
    }
    if (showing.ShowingAppointmentStatus === 'Confirmed' && showing.ShowingStartTimestamp <= now) {
      row.pastConfirmed += 1;
      if (showing.feedbackAt) row.withFeedback += 1;
    }
  }

  const requirements = await ctx.rdb.realestateRequirement.findMany({
    where: { tenantId, createdAt: inPeriod, agentId: { not: null } },
    select: { id: true, agentId: true, deals: { select: { dealId: true } } },
    take: 50_000,
  });
  const dealIds = requirements.flatMap((r) => r.deals.map((d) => d.dealId));
  const won = new Set(
    (
      await ctx.db.deal.findMany({
        where: { tenantId, id: { in: dealIds }, deletedAt: null, stage: { kind: 'won' } },
        select: { id: true },
      })
    ).map((d) => d.id),
  );
  for (const requirement of requirements) {
    if (!requirement.agentId) continue;
    const row = of(requirement.agentId);
    row.requirements += 1;
    if (requirement.deals.some((d) => won.has(d.dealId))) row.wonDeals += 1;
  }

  const members = await ctx.db.membership.findMany({
    where: { userId: { in: [...byAgent.keys()] } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return [...byAgent.entries()]
    .map(([userId, c]) => ({
      userId,
      name: names.get(userId) ?? '',
      objectsCreated: c.objectsCreated,
      duplicatesCreated: c.duplicatesCreated,
      verified: c.verified,
      stale: c.stale,
      unverified: c.unverified,
      rejected: c.rejected,
      verifiedShare: ratio(c.verified, c.verified + c.stale + c.rejected),
      showingRequests: c.showingRequests,
      avgResponseHours: c.answered === 0 ? null : Math.round((c.responseHoursTotal / c.answered) * 10) / 10,
      feedbackRate: ratio(c.withFeedback, c.pastConfirmed),
      requirements: c.requirements,
      wonDeals: c.wonDeals,
      conversion: ratio(c.wonDeals, c.requirements),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
