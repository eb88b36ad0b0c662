import type { Database, PluginWorkflowsManifest, TenantDb } from '@crm/core';
import { z } from 'zod';
import type { TelecomConfig } from '../config.js';
import { telecomTables } from '../db.js';
import { scoreChurnRisk } from '../server/accounts/score-churn-risk.js';
import { orderFollowUp } from '../server/orders/order-follow-up.js';
import { offerTariffSavings } from '../server/recommendations/offer-tariff-savings.js';
import {
  expireRecommendations,
  remindRecommendations,
} from '../server/recommendations/recommendation-timers.js';
import { tenantTelecomConfig } from '../server/shared/tenant-config.js';
import { escalateTicketSlas } from '../server/tickets/escalate-ticket-slas.js';
import { telecomTemplates } from './templates.js';

/** What the interpreter sends every activity: the tenant, the run and, for record workflows, the record. */
const activityInput = z.object({
  tenantId: z.uuid(),
  runId: z.string().nullish(),
  recordType: z.string().nullish(),
  recordId: z.string().nullish(),
  input: z.unknown().optional(),
});
type ActivityInput = z.input<typeof activityInput>;

const timerInput = z.strictObject({
  /** `thisRun`: the offers this run issued (timers inside the workflow); `due`: all whose day has come. */
  scope: z.enum(['thisRun', 'due']).default('due'),
});
const followUpInput = z.strictObject({ afterHours: z.number().int().min(1).max(720).default(24) });

/** Runs `work` in the tenant's unit of work with its telecom settings; nothing while the plugin is off. */
async function inTenant<T>(
  database: Database,
  raw: ActivityInput,
  idle: T,
  work: (db: TenantDb, config: TelecomConfig, input: z.output<typeof activityInput>) => Promise<T>,
): Promise<T> {
  const input = activityInput.parse(raw);
  return database.withTenant(input.tenantId, async (db) => {
    const config = await tenantTelecomConfig(db);
    return config ? work(db, config, input) : idle;
  });
}

const scopeOf = (input: z.output<typeof activityInput>) => {
  const { scope } = timerInput.parse(input.input ?? {});
  return scope === 'thisRun' && input.runId ? { runId: input.runId } : { due: new Date() };
};

/**
 * Workflow step types and activities of the telecom plugin. Activities re-open the tenant unit of
 * work from the tenant id in their input, read the tenant's plugin settings and are idempotent.
 */
export const telecomWorkflows = {
  stepTypes: [
    {
      kind: 'telecom.offerTariffSavings',
      input: z.strictObject({}),
      output: z.object({
        analysed: z.number().int(),
        created: z.number().int(),
        recommendationIds: z.array(z.string()),
        bestMonthlySaving: z.number(),
      }),
      activity: 'telecom.offerTariffSavings',
      label: {
        en: 'Tariff-savings offer (last 3 months re-priced)',
        ru: 'Предложение экономии на тарифе (пересчёт за 3 месяца)',
      },
    },
    {
      kind: 'telecom.remindRecommendations',
      input: timerInput,
      output: z.object({ reminded: z.number().int() }),
      activity: 'telecom.remindRecommendations',
      label: { en: 'Remind of open tariff offers', ru: 'Напомнить об открытых предложениях тарифа' },
    },
    {
      kind: 'telecom.expireRecommendations',
      input: timerInput,
      output: z.object({ expired: z.number().int() }),
      activity: 'telecom.expireRecommendations',
      label: { en: 'Expire unanswered tariff offers', ru: 'Закрыть предложения без ответа' },
    },
    {
      kind: 'telecom.escalateTicketSlas',
      input: z.strictObject({}),
      output: z.object({ escalated: z.number().int(), closed: z.number().int() }),
      activity: 'telecom.escalateTicketSlas',
      label: {
        en: 'Trouble-ticket SLA escalation ladder',
        ru: 'Лестница эскалации по SLA обращений',
      },
    },
    {
      kind: 'telecom.scoreChurnRisk',
      input: z.strictObject({}),
      output: z.object({ scored: z.number().int(), flagged: z.number().int() }),
      activity: 'telecom.scoreChurnRisk',
      label: { en: 'Churn-risk score from tickets', ru: 'Оценка риска ухода по обращениям' },
    },
    {
      kind: 'telecom.orderFollowUp',
      input: followUpInput,
      output: z.object({ created: z.number().int() }),
      activity: 'telecom.orderFollowUp',
      label: { en: 'Follow up stuck product orders', ru: 'Контроль зависших заказов' },
    },
  ],
  activities: ({ database }) => ({
    'telecom.offerTariffSavings': (raw: ActivityInput) =>
      inTenant(
        database,
        raw,
        { analysed: 0, created: 0, recommendationIds: [], bestMonthlySaving: 0 },
        (db, config, input) =>
          offerTariffSavings(db, telecomTables, {
            tenantId: input.tenantId,
            accountId: input.recordType === 'account' && input.recordId ? input.recordId : null,
            runId: input.runId ?? null,
            config,
          }),
      ),
    'telecom.remindRecommendations': (raw: ActivityInput) =>
      inTenant(database, raw, { reminded: 0 }, (db, _config, input) =>
        remindRecommendations(db, telecomTables, input.tenantId, scopeOf(input)),
      ),
    'telecom.expireRecommendations': (raw: ActivityInput) =>
      inTenant(database, raw, { expired: 0 }, (db, _config, input) =>
        expireRecommendations(db, telecomTables, input.tenantId, scopeOf(input)),
      ),
    'telecom.escalateTicketSlas': (raw: ActivityInput) =>
      inTenant(database, raw, { escalated: 0, closed: 0 }, (db, config, input) =>
        escalateTicketSlas(db, telecomTables, input.tenantId, config),
      ),
    'telecom.scoreChurnRisk': (raw: ActivityInput) =>
      inTenant(database, raw, { scored: 0, flagged: 0 }, (db, config, input) =>
        scoreChurnRisk(db, telecomTables, input.tenantId, config),
      ),
    'telecom.orderFollowUp': (raw: ActivityInput) =>
      inTenant(database, raw, { created: 0 }, (db, _config, input) =>
        orderFollowUp(db, telecomTables, input.tenantId, followUpInput.parse(input.input ?? {}).afterHours),
      ),
  }),
  templates: telecomTemplates,
} satisfies PluginWorkflowsManifest<'telecom'>;
