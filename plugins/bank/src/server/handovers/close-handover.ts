import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { HandoverOutput } from './handover.schema.js';
import { getHandover } from './get-handover.js';

/** Ends a handover early (or after the watch): lifts the export freeze; the moved clients stay moved. */
export async function closeHandover(ctx: BankContext, id: string): Promise<HandoverOutput> {
  authorize(ctx.ability, 'update', 'bank.Handover');
  const tenantId = ctx.actor.tenantId;
  const before = await getHandover(ctx, id);
  if (before.status === 'closed')
    throw AppError.conflict('The handover is closed already', { from: 'closed', to: 'closed' });
  await ctx.bdb.bankHandover.updateMany({
    where: { tenantId, id },
    data: { status: 'closed', closedAt: new Date() },
  });
  await ctx.bdb.bankExportFreeze.deleteMany({ where: { tenantId, handoverId: id } });
  const after = await getHandover(ctx, id);
  await recordAudit(ctx, {
    action: 'bank.handover.closed',
    recordType: 'user',
    recordId: before.departingUserId,
    before: { status: before.status },
    after: { status: 'closed', handoverId: id },
  });
  return after;
}
