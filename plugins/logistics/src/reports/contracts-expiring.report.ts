import { defineReport } from '@crm/core';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import { contractKinds } from '../server/contracts/contract.schema.js';
import { contractsToRenew } from '../server/contracts/contracts-to-renew.js';

const counts = z.object({
  within30: z.number().int(),
  within60: z.number().int(),
  within90: z.number().int(),
});

/** Active contracts ending within 30 / 60 / 90 days, per kind (clients, suppliers, carriers). */
export const contractsExpiringReport = defineReport({
  id: 'logistics.contractsExpiring',
  title: { en: 'Contracts expiring', ru: 'Истекающие договоры' },
  description: {
    en: 'Active contracts ending within 30, 60 and 90 days, by kind',
    ru: 'Действующие договоры, истекающие в ближайшие 30, 60 и 90 дней, по видам',
  },
  input: z.strictObject({}),
  output: z.object({ total: counts, byKind: z.record(z.enum(contractKinds), counts) }),
  async run(tenantCtx) {
    const { items } = await contractsToRenew(logisticsContext(tenantCtx), { withinDays: 90 });
    const empty = () => ({ within30: 0, within60: 0, within90: 0 });
    const total = empty();
    const byKind = { client: empty(), supplier: empty(), carrier: empty() };
    for (const item of items) {
      if (item.daysToEnd < 0) continue;
      for (const bucket of [total, byKind[item.kind]]) {
        if (item.daysToEnd <= 30) bucket.within30 += 1;
        if (item.daysToEnd <= 60) bucket.within60 += 1;
        bucket.within90 += 1;
      }
    }
    return { total, byKind };
  },
});
