import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import type { TicketParties } from './present-ticket.js';

/** For each ticket: its client's name, the client's account manager (the account owner) and the status history. */
export async function ticketParties(
  ctx: TelecomContext,
  rows: readonly { id: string; accountId: string }[],
  withHistory: boolean,
): Promise<Map<string, TicketParties>> {
  const accounts = await accountsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  const ownerIds = [...new Set([...accounts.values()].flatMap((a) => (a.ownerId ? [a.ownerId] : [])))];
  const members = ownerIds.length
    ? await ctx.db.membership.findMany({
        where: { tenantId: ctx.actor.tenantId, userId: { in: ownerIds } },
        select: { userId: true, user: { select: { name: true } } },
      })
    : [];
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  const history = withHistory
    ? await ctx.tdb.telecomStatusChange.findMany({
        where: {
          tenantId: ctx.actor.tenantId,
          entityType: 'troubleTicket',
          entityId: { in: rows.map((r) => r.id) },
        },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        select: { entityId: true, toStatus: true, at: true, reason: true },
      })
    : [];
  const out = new Map<string, TicketParties>();
  for (const row of rows) {
    const account = accounts.get(row.accountId);
    const ownerId = account?.ownerId ?? null;
    out.set(row.id, {
      accountName: account?.name ?? '',
      accountManager: ownerId ? { id: ownerId, name: names.get(ownerId) ?? '' } : null,
      history: history
        .filter((h) => h.entityId === row.id)
        .map((h) => ({ status: h.toStatus, at: h.at, reason: h.reason })),
    });
  }
  return out;
}
