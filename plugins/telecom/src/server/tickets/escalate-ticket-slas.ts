import { newId, type TenantDb } from '@crm/core';
import type { TelecomConfig } from '../../config.js';
import type { TelecomDb } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { notifyAccountManagerOfTicket } from './notify-account-manager.js';
import { openTicketStatuses } from './ticket-status.js';
import { dueRungs, slaPercent } from './ticket-sla.js';

const HOUR_MS = 60 * 60 * 1000;

/** Members of the tenant holding one of `roles`. */
async function holdersOf(db: TenantDb, tenantId: string, roles: readonly string[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const members = await db.membership.findMany({
    where: { tenantId, disabledAt: null, role: { key: { in: [...roles] } } },
    select: { userId: true },
  });
  return [...new Set(members.map((m) => m.userId))];
}

/**
 * The ticket SLA escalation ladder (VERTICALS.md, telecom workflow 2). For every open ticket, each
 * rung whose percent of the SLA has passed and has not gone out yet notifies its roles (and the
 * account manager where the rung says so) and raises `escalationLevel`; resolved tickets the client
 * did not reopen within `autoCloseResolvedAfterHours` are closed. Idempotent (levels and keys).
 */
export async function escalateTicketSlas(
  db: TenantDb,
  tdb: TelecomDb,
  tenantId: string,
  config: TelecomConfig,
  now = new Date(),
): Promise<{ escalated: number; closed: number }> {
  const open = await tdb.telecomTroubleTicket.findMany({
    where: { tenantId, status: { in: [...openTicketStatuses] } },
    select: {
      id: true,
      name: true,
      severity: true,
      accountId: true,
      createdAt: true,
      expectedResolutionDate: true,
      escalationLevel: true,
    },
  });
  let escalated = 0;
  for (const ticket of open) {
    const percent = slaPercent(ticket.createdAt, ticket.expectedResolutionDate, now);
    const rungs = dueRungs(config.escalationLadder, percent, ticket.escalationLevel);
    const top = rungs.at(-1);
    if (!top) continue;
    const raised = await tdb.telecomTroubleTicket.updateMany({
      where: { tenantId, id: ticket.id, escalationLevel: ticket.escalationLevel },
      data: { escalationLevel: top.level },
    });
    if (raised.count === 0) continue;
    escalated += 1;
    for (const { level, rung } of rungs) {
      const title = `SLA ${rung.atPercent}% · ${ticket.severity} · ${ticket.name}`.slice(0, 300);
      const key = `telecom.ticket-escalation:${ticket.id}:${level}`;
      for (const userId of await holdersOf(db, tenantId, rung.notifyRoles)) {
        await db.notification.upsert({
          where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: `${key}:${userId}` } },
          create: {
            tenantId,
            id: newId(),
            userId,
            title,
            body: `Due ${ticket.expectedResolutionDate.toISOString()}`,
            recordType: 'account',
            recordId: ticket.accountId,
            idempotencyKey: `${key}:${userId}`,
          },
          update: {},
          select: { id: true },
        });
      }
      if (rung.notifyAccountManager)
        await notifyAccountManagerOfTicket(db, {
          tenantId,
          ticketId: ticket.id,
          accountId: ticket.accountId,
          title,
          body: `Due ${ticket.expectedResolutionDate.toISOString()}`,
          key: `${key}:am`,
        });
    }
  }
  const closeBefore = new Date(now.getTime() - config.autoCloseResolvedAfterHours * HOUR_MS);
  const resolved = await tdb.telecomTroubleTicket.findMany({
    where: { tenantId, status: 'resolved', statusChangeDate: { lte: closeBefore } },
    select: { id: true },
  });
  let closed = 0;
  for (const { id } of resolved) {
    const reason = `not reopened within ${config.autoCloseResolvedAfterHours} h`;
    const moved = await tdb.telecomTroubleTicket.updateMany({
      where: { tenantId, id, status: 'resolved' },
      data: { status: 'closed', statusChangeDate: now, statusChangeReason: reason },
    });
    if (moved.count === 0) continue;
    closed += 1;
    await recordStatusChange(tdb, {
      tenantId,
      entityType: 'troubleTicket',
      entityId: id,
      fromStatus: 'resolved',
      toStatus: 'closed',
      reason,
      actorUserId: null,
      at: now,
    });
  }
  return { escalated, closed };
}
