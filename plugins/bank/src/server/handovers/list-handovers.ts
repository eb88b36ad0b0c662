import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { handoverSelect, type HandoverOutput } from './handover.schema.js';
import { presentHandover } from './present-handover.js';

/** Handovers, newest first (at most 100). */
export async function listHandovers(ctx: BankContext): Promise<{ items: HandoverOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Handover');
  const tenantId = ctx.actor.tenantId;
  const [rows, freezes] = await Promise.all([
    ctx.bdb.bankHandover.findMany({
      where: { tenantId },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: 100,
      select: handoverSelect,
    }),
    ctx.bdb.bankExportFreeze.findMany({ where: { tenantId }, select: { handoverId: true } }),
  ]);
  const frozen = new Set(freezes.map((f) => f.handoverId));
  return { items: rows.map((row) => presentHandover(row, frozen.has(row.id))) };
}
