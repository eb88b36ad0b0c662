import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { tenantLocale } from '../server/shared/locale.js';
import { systemAudit } from '../server/shared/system-audit.js';
import { createClientTask } from './tasks.js';

const DAY_MS = 86_400_000;

/** Whether a moved client shows a loss signal: a product closed, or balances down by `dropPercent`. */
export function lossSignal(
  before: { balance: number; products: number },
  now: { balance: number; products: number },
  dropPercent: number,
): string | null {
  if (now.products < before.products) return `products closed: ${before.products} → ${now.products}`;
  if (before.balance > 0 && now.balance < before.balance * (1 - dropPercent / 100)) {
    const drop = Math.round((1 - now.balance / before.balance) * 100);
    return `balances down ${drop}%`;
  }
  return null;
}

/**
 * The handover's watch: each moved client is compared with its snapshot at the handover; on the first
 * loss signal the new manager gets a retention task (3 days). After `watchDays` the handover closes
 * and the departing manager's export freeze is lifted. Idempotent.
 */
export async function watchHandoverLoss(
  db: TenantDb,
  tenantId: string,
  settings: { balanceDropPercent: number },
  now = new Date(),
): Promise<{ lossSignals: number; closed: number }> {
  const bdb = bankTables;
  const locale = await tenantLocale(db, tenantId);
  const handovers = await bdb.bankHandover.findMany({
    where: { tenantId, status: 'reassigned' },
    select: { id: true, departingUserId: true, reassignedAt: true, watchDays: true },
  });
  let lossSignals = 0;
  let closed = 0;
  for (const handover of handovers) {
    const clients = await bdb.bankHandoverClient.findMany({
      where: { tenantId, handoverId: handover.id, lostAt: null, toUserId: { not: null } },
      select: {
        planId: true,
        toUserId: true,
        balanceAtHandover: true,
        productsAtHandover: true,
        plan: { select: { contactId: true, accountId: true } },
      },
    });
    for (const client of clients) {
      const open = await bdb.bankProduct.aggregate({
        where: { tenantId, planId: client.planId, status: { not: 'closed' } },
        _sum: { balance: true },
        _count: { _all: true },
      });
      const signal = lossSignal(
        { balance: Number(client.balanceAtHandover), products: client.productsAtHandover },
        { balance: Number(open._sum.balance ?? 0), products: open._count._all },
        settings.balanceDropPercent,
      );
      if (!signal) continue;
      const retentionTaskId = await createClientTask(db, {
        tenantId,
        ownerId: client.toUserId,
        ...client.plan,
        subject:
          locale === 'ru'
            ? `Удержание клиента после передачи: ${signal}`
            : `Retain the client after the handover: ${signal}`,
        dueInDays: 3,
      });
      await bdb.bankHandoverClient.updateMany({
        where: { tenantId, handoverId: handover.id, planId: client.planId, lostAt: null },
        data: { lostAt: now, lossSignal: signal, retentionTaskId },
      });
      lossSignals += 1;
    }
    const watchEnds = (handover.reassignedAt ?? now).getTime() + handover.watchDays * DAY_MS;
    if (watchEnds <= now.getTime()) {
      await bdb.bankHandover.updateMany({
        where: { tenantId, id: handover.id },
        data: { status: 'closed', closedAt: now },
      });
      await bdb.bankExportFreeze.deleteMany({ where: { tenantId, handoverId: handover.id } });
      await systemAudit(db, tenantId, {
        action: 'bank.handover.closed',
        recordType: 'user',
        recordId: handover.departingUserId,
        after: { handoverId: handover.id },
      });
      closed += 1;
    }
  }
  return { lossSignals, closed };
}
