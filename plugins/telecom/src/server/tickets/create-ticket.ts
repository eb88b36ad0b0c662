import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { telecomConfig } from '../../config.js';
import { readableAccount } from '../shared/readable-account.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { tenantTelecomConfig } from '../shared/tenant-config.js';
import { findTicket } from './find-ticket.js';
import { slaDueAt } from './ticket-sla.js';
import type { CreateTicketInput, TicketOutput } from './ticket.schema.js';

/**
 * Raises a trouble ticket for a client (acknowledged). Its SLA due time (expectedResolutionDate) comes
 * from the severity and the tenant's resolution hours; the escalation ladder runs against it.
 */
export async function createTicket(ctx: TelecomContext, input: CreateTicketInput): Promise<TicketOutput> {
  authorize(ctx.ability, 'create', 'telecom.TroubleTicket');
  const tenantId = ctx.actor.tenantId;
  await readableAccount(ctx, input.accountId);
  if (input.productId) {
    const product = await ctx.tdb.telecomProduct.findFirst({
      where: { tenantId, id: input.productId, accountId: input.accountId },
      select: { id: true },
    });
    if (!product)
      throw AppError.invalid([{ field: 'productId', message: "is not one of the client's subscriptions" }]);
  }
  const config = (await tenantTelecomConfig(ctx.db)) ?? telecomConfig.parse({});
  const now = new Date();
  const id = newId();
  await ctx.tdb.telecomTroubleTicket.create({
    data: {
      tenantId,
      id,
      accountId: input.accountId,
      productId: input.productId ?? null,
      name: input.name,
      description: input.description ?? null,
      severity: input.severity,
      ticketType: input.ticketType ?? 'incident',
      channel: input.channel ?? null,
      status: 'acknowledged',
      statusChangeDate: now,
      requestedResolutionDate: input.requestedResolutionDate ? new Date(input.requestedResolutionDate) : null,
      expectedResolutionDate: slaDueAt(now, input.severity, config.resolutionHours),
      assigneeId: input.assigneeId ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordStatusChange(ctx.tdb, {
    tenantId,
    entityType: 'troubleTicket',
    entityId: id,
    fromStatus: null,
    toStatus: 'acknowledged',
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const ticket = await findTicket(ctx, id);
  await recordAudit(ctx, {
    action: 'telecom.troubleTicket.created',
    recordType: 'telecom.troubleTicket',
    recordId: id,
    after: ticket,
  });
  return ticket;
}
