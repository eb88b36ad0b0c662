import type { PluginWorkflowsManifest } from '@crm/core';
import { z } from 'zod';
import { logisticsTables } from '../db.js';
import { releaseExpiredReservations } from '../server/vehicles/release-expired-reservations.js';
import { contractRenewalReminders } from './contract-renewal-reminders.js';
import { renewDueContracts } from './renew-due-contracts.js';
import { logisticsTemplates } from './templates.js';

// The interpreter sends { tenantId, runId, stepId, recordType, recordId, input }; only the tenant matters here.
const tenantInput = z.object({ tenantId: z.uuid() });

/**
 * Workflow step types and activities of the logistics plugin. Activities re-open the tenant unit of
 * work from the tenant id in their input and are idempotent (safe to retry).
 */
export const logisticsWorkflows = {
  stepTypes: [
    {
      kind: 'logistics.releaseExpiredReservations',
      input: z.strictObject({}),
      output: z.object({ released: z.number().int() }),
      activity: 'logistics.releaseExpiredReservations',
      label: { en: 'Release lapsed vehicle reservations', ru: 'Снять просроченные резервы машин' },
    },
    {
      kind: 'logistics.renewDueContracts',
      input: z.strictObject({}),
      output: z.object({ renewed: z.array(z.string()), expired: z.array(z.string()) }),
      activity: 'logistics.renewDueContracts',
      label: {
        en: 'Renew or expire contracts that ended',
        ru: 'Продлить или закрыть истёкшие договоры',
      },
    },
    {
      kind: 'logistics.contractRenewalReminders',
      input: z.strictObject({}),
      output: z.object({ created: z.number().int() }),
      activity: 'logistics.contractRenewalReminders',
      label: {
        en: 'Renewal countdown tasks (90 / 60 days, notice − 7)',
        ru: 'Задачи по продлению (90 / 60 дней, уведомление − 7)',
      },
    },
  ],
  activities: ({ database }) => ({
    'logistics.releaseExpiredReservations': async (input: z.input<typeof tenantInput>) => {
      const { tenantId } = tenantInput.parse(input);
      return database.withTenant(tenantId, async () => ({
        released: await releaseExpiredReservations(logisticsTables, tenantId),
      }));
    },
    'logistics.renewDueContracts': async (input: z.input<typeof tenantInput>) => {
      const { tenantId } = tenantInput.parse(input);
      return database.withTenant(tenantId, () => renewDueContracts(tenantId));
    },
    'logistics.contractRenewalReminders': async (input: z.input<typeof tenantInput>) => {
      const { tenantId } = tenantInput.parse(input);
      return database.withTenant(tenantId, (db) => contractRenewalReminders(db, tenantId));
    },
  }),
  templates: logisticsTemplates,
} satisfies PluginWorkflowsManifest<'logistics'>;
