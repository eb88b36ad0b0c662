import type { PluginWorkflowsManifest } from '@crm/core';
import { z } from 'zod';
import { logisticsTables } from '../db.js';
import { releaseExpiredReservations } from '../server/vehicles/release-expired-reservations.js';
import { contractRenewalReminders } from './contract-renewal-reminders.js';
import { planMidPeriodAlerts } from './plan-mid-period-alerts.js';
import { renewDueContracts } from './renew-due-contracts.js';
import { logisticsTemplates } from './templates.js';

// The interpreter sends { tenantId, runId, stepId, recordType, recordId, input }; only the tenant matters here.
const tenantInput = z.object({ tenantId: z.uuid() });
const planCheckInput = z.strictObject({ thresholdPercent: z.number().int().min(1).max(100).default(50) });
const planCheckActivityInput = z.object({ tenantId: z.uuid(), input: planCheckInput });

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
    {
      kind: 'logistics.planMidPeriodCheck',
      input: planCheckInput,
      output: z.object({
        checked: z.number().int(),
        alerted: z.array(z.object({ userId: z.uuid(), percent: z.number() })),
      }),
      activity: 'logistics.planMidPeriodCheck',
      label: {
        en: 'Mid-period plan check: alert managers below the threshold and their leads',
        ru: 'Проверка плана в середине периода: уведомить отстающих и их руководителей',
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
    'logistics.planMidPeriodCheck': async (input: z.input<typeof planCheckActivityInput>) => {
      const { tenantId, input: step } = planCheckActivityInput.parse(input);
      return database.withTenant(tenantId, (db) => planMidPeriodAlerts(db, tenantId, step.thresholdPercent));
    },
  }),
  templates: logisticsTemplates,
} satisfies PluginWorkflowsManifest<'logistics'>;
