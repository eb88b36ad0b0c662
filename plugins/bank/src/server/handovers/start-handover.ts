import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { HandoverOutput, StartHandoverInput } from './handover.schema.js';
import { getHandover } from './get-handover.js';

/**
 * A manager is leaving: freezes their bulk exports at once (the export guard refuses them from the
 * next request), and snapshots their portfolio (each client's balance and products) for the loss
 * watch. The `bank.managerHandover` workflow then reassigns the clients by the distribution rules,
 * creates intro-call tasks for the new managers and watches for loss. One open handover per manager.
 */
export async function startHandover(ctx: BankContext, input: StartHandoverInput): Promise<HandoverOutput> {
  authorize(ctx.ability, 'create', 'bank.Handover');
  const tenantId = ctx.actor.tenantId;
  const member = await ctx.db.membership.findFirst({
    where: { userId: input.departingUserId },
    select: { id: true },
  });
  if (!member)
    throw AppError.invalid([{ field: 'departingUserId', message: 'is not a member of this workspace' }]);
  if (input.departingUserId === ctx.actor.userId)
    throw AppError.invalid([{ field: 'departingUserId', message: 'cannot be yourself' }]);
  const running = await ctx.bdb.bankHandover.findFirst({
    where: { tenantId, departingUserId: input.departingUserId, status: { not: 'closed' } },
    select: { id: true },
  });
  if (running)
    throw AppError.conflict('A handover of this manager is already running', { handoverId: running.id });
  const id = newId();
  await ctx.bdb.bankHandover.create({
    data: {
      tenantId,
      id,
      departingUserId: input.departingUserId,
      reason: input.reason ?? null,
      watchDays: input.watchDays,
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  await ctx.bdb.bankExportFreeze.upsert({
    where: { tenantId_userId: { tenantId, userId: input.departingUserId } },
    create: { tenantId, userId: input.departingUserId, handoverId: id },
    update: { handoverId: id },
    select: { userId: true },
  });
  const plans = await ctx.bdb.bankRelationshipPlan.findMany({
    where: { tenantId, managerId: input.departingUserId, status: { not: 'closed' } },
    select: { id: true },
  });
  const sums = await ctx.bdb.bankProduct.groupBy({
    by: ['planId'],
    where: { tenantId, planId: { in: plans.map((p) => p.id) }, status: { not: 'closed' } },
    _sum: { balance: true },
    _count: { _all: true },
  });
  const byPlan = new Map(sums.map((s) => [s.planId, s]));
  await ctx.bdb.bankHandoverClient.createMany({
    data: plans.map((p) => ({
      tenantId,
      handoverId: id,
      planId: p.id,
      balanceAtHandover: byPlan.get(p.id)?._sum.balance ?? 0,
      productsAtHandover: byPlan.get(p.id)?._count._all ?? 0,
    })),
  });
  const handover = await getHandover(ctx, id);
  await recordAudit(ctx, {
    action: 'bank.handover.started',
    recordType: 'user',
    recordId: input.departingUserId,
    after: { handoverId: id, clients: plans.length, exportsFrozen: true, reason: input.reason ?? null },
  });
  return handover;
}
