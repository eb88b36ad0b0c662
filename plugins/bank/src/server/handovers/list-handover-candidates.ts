import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { HandoverCandidate } from './handover.schema.js';

/**
 * The workspace's active members a handover can be started for (everyone but the caller), with the
 * open client plans each manages and whether a handover of theirs is running: what the "start a
 * handover" form offers instead of a raw user id. Managers with clients first, then by name.
 */
export async function listHandoverCandidates(ctx: BankContext): Promise<{ items: HandoverCandidate[] }> {
  authorize(ctx.ability, 'read', 'bank.Handover');
  const tenantId = ctx.actor.tenantId;
  const [members, plans, running] = await Promise.all([
    ctx.db.membership.findMany({
      where: { disabledAt: null, userId: { not: ctx.actor.userId } },
      select: { userId: true, user: { select: { name: true, email: true } } },
      take: 1000,
    }),
    ctx.bdb.bankRelationshipPlan.groupBy({
      by: ['managerId'],
      where: { tenantId, status: { not: 'closed' }, managerId: { not: null } },
      _count: { _all: true },
    }),
    ctx.bdb.bankHandover.findMany({
      where: { tenantId, status: { not: 'closed' } },
      select: { departingUserId: true },
    }),
  ]);
  const clients = new Map(plans.map((p) => [p.managerId, p._count._all]));
  const busy = new Set(running.map((r) => r.departingUserId));
  const items = members.map((m) => ({
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    clients: clients.get(m.userId) ?? 0,
    handoverRunning: busy.has(m.userId),
  }));
  items.sort((x, y) => y.clients - x.clients || x.name.localeCompare(y.name));
  return { items };
}
