import type { PluginWorkflowsManifest } from '@crm/core';
import { z } from 'zod';
import { logisticsTables } from '../db.js';
import { releaseExpiredReservations } from '../server/vehicles/release-expired-reservations.js';
import { renewDueContracts } from './renew-due-contracts.js';

const tenantInput = z.strictObject({ tenantId: z.uuid() });

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
  }),
  templates: [],
} satisfies PluginWorkflowsManifest<'logistics'>;
