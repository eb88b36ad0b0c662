import { AppError, authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { assertTransition } from '../shared/state-machine.js';
import { findTicket } from './find-ticket.js';
import { notifyAccountManagerOfTicket } from './notify-account-manager.js';
import { ticketLifecycle } from './ticket-status.js';
import type { TicketOutput, TransitionTicketInput } from './ticket.schema.js';

/**
 * Moves a ticket along TMF621 (acknowledged → inProgress ⇄ pending / held → resolved → closed, reopen
 * from resolved, reject, cancel), logs it in statusChangeHistory and tells the account manager.
 */
export async function transitionTicket(
  ctx: TelecomContext,
  input: TransitionTicketInput,
): Promise<TicketOutput> {
  authorize(ctx.ability, 'transition', 'telecom.TroubleTicket');
  const tenantId = ctx.actor.tenantId;
  const current = await findTicket(ctx, input.id);
  const from = current.status;
  const to = input.status;
  assertTransition(ticketLifecycle, from, to);
  const reason = input.statusChangeReason ?? null;
  if ((to === 'rejected' || to === 'cancelled') && !reason)
    throw AppError.invalid([{ field: 'statusChangeReason', message: `is required to mark a ticket ${to}` }]);
  const now = new Date();
  const moved = await ctx.tdb.telecomTroubleTicket.updateMany({
    where: { tenantId, id: input.id, status: from },
    data: {
      status: to,
      statusChangeDate: now,
      statusChangeReason: reason,
      ...(to === 'resolved' ? { resolutionDate: now } : {}),
      ...(from === 'resolved' && to === 'inProgress' ? { resolutionDate: null } : {}),
    },
  });
  if (moved.count === 0) throw AppError.conflict('The ticket was changed meanwhile; reload it and retry');
  await recordStatusChange(ctx.tdb, {
    tenantId,
    entityType: 'troubleTicket',
    entityId: input.id,
    fromStatus: from,
    toStatus: to,
    reason,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  await notifyAccountManagerOfTicket(ctx.db, {
    tenantId,
    ticketId: input.id,
    accountId: current.accountId,
    title: `${current.name}: ${from} → ${to}`,
    body: reason,
    key: `telecom.ticket:${input.id}:${to}:${now.getTime()}`,
    exceptUserId: ctx.actor.userId,
  });
  const after = await findTicket(ctx, input.id);
  await recordAudit(ctx, {
    action: 'telecom.troubleTicket.status_changed',
    recordType: 'telecom.troubleTicket',
    recordId: input.id,
    before: { status: from },
    after: { status: to, statusChangeReason: reason },
  });
  return after;
}
