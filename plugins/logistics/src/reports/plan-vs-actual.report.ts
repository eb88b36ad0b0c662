import { defineReport } from '@crm/core';
import { logisticsContext } from '../db.js';
import { planVsActual } from '../server/plans/plan-vs-actual.js';
import { planVsActualInput, planVsActualRow } from '../server/plans/plan.schema.js';
import { z } from 'zod';

/** Per-manager plan against actual (calls and meetings with existing and potential clients, % of plan). */
export const planVsActualReport = defineReport({
  id: 'logistics.planVsActual',
  title: { en: 'Sales plan vs actual', ru: 'План / факт по менеджерам' },
  description: {
    en: 'Calls and meetings with existing and potential clients per manager against the plan of the period, in % of plan',
    ru: 'Звонки и встречи с действующими и потенциальными клиентами по каждому менеджеру против плана периода, % выполнения',
  },
  input: planVsActualInput,
  output: z.object({ on: z.string(), items: z.array(planVsActualRow) }),
  run: (tenantCtx, input) => planVsActual(logisticsContext(tenantCtx), input),
});
