import { AppError, authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { handoverSelect, type HandoverOutput } from './handover.schema.js';
import { presentHandover } from './present-handover.js';

/** One handover with its clients: where each went, its intro task and any sign of loss. */
export async function getHandover(ctx: BankContext, id: string): Promise<HandoverOutput> {
  authorize(ctx.ability, 'read', 'bank.Handover');
  const tenantId = ctx.actor.tenantId;
  const row = await ctx.bdb.bankHandover.findFirst({ where: { tenantId, id }, select: handoverSelect });
  if (!row) throw AppError.notFound('Handover');
  const freeze = await ctx.bdb.bankExportFreeze.findFirst({
    where: { tenantId, handoverId: id },
    select: { userId: true },
  });
  return presentHandover(row, freeze !== null);
}
