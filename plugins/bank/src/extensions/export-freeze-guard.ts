import { AppError, type recordExports } from '@crm/core';
import { bankContext } from '../db.js';

/**
 * While a manager's handover runs, that manager may not bulk-export contacts, accounts or deals
 * (VERTICALS.md: "revoke bulk export" so a leaving manager cannot take the clients along). The role
 * still grants `export`; this data-dependent veto comes from the handover's freeze row.
 */
export const exportFreezeGuard: recordExports.ExportGuard = {
  name: 'bank.exportFreeze',
  async check(tenantCtx) {
    const ctx = bankContext(tenantCtx);
    const freeze = await ctx.bdb.bankExportFreeze.findFirst({
      where: { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId },
      select: { frozenAt: true },
    });
    if (freeze)
      throw AppError.forbidden(
        'Your bulk exports are frozen while your clients are handed over to other managers; ask an administrator',
      );
  },
};
