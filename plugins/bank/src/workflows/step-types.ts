import type { PluginStepType } from '@crm/core';
import { z } from 'zod';

const days = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

export const secondProductInput = z.strictObject({
  afterDays: days(365, 14),
  withinDays: days(730, 90),
});
export const followUpInput = z.strictObject({
  remindAfterDays: days(90, 7),
  escalateAfterDays: days(180, 14),
});
export const cadenceInput = z.strictObject({
  leadDays: z.number().int().min(0).max(30).default(3),
  escalateAfterDays: days(60, 5),
});
export const reassignInput = z.strictObject({ introCallWithinDays: days(30, 10) });
export const watchInput = z.strictObject({ balanceDropPercent: z.number().min(1).max(100).default(30) });
export const referralSlaInput = z.strictObject({
  reviewWithinHours: z.number().int().min(1).max(720).default(24),
  decideWithinDays: days(60, 5),
});

const count = z.number().int();

/** The bank's step types in the workflow language (`bank.<name>`; activities of the same name). */
export const bankStepTypes = [
  {
    kind: 'bank.secondProductOffers',
    activity: 'bank.secondProductOffers',
    input: secondProductInput,
    output: z.object({ offered: count, ineligible: count }),
    label: {
      en: 'Second product: offer the next best product',
      ru: 'Второй продукт: предложить следующий продукт',
    },
  },
  {
    kind: 'bank.followUpOffers',
    activity: 'bank.followUpOffers',
    input: followUpInput,
    output: z.object({ reminded: count, escalated: count, expired: count }),
    label: {
      en: 'Remind, escalate and expire ignored offers',
      ru: 'Напомнить, эскалировать, закрыть просроченные предложения',
    },
  },
  {
    kind: 'bank.contactCadence',
    activity: 'bank.contactCadence',
    input: cadenceInput,
    output: z.object({ updated: count, tasks: count, escalated: count }),
    label: {
      en: 'Tier contact cadence: tasks and escalations',
      ru: 'Регламент контактов по уровню: задачи и эскалации',
    },
  },
  {
    kind: 'bank.reassignDepartingClients',
    activity: 'bank.reassignDepartingClients',
    input: reassignInput,
    output: z.object({ reassigned: count, unassigned: count }),
    label: {
      en: 'Handover: reassign clients, intro calls',
      ru: 'Передача: переназначить клиентов, звонки-знакомства',
    },
  },
  {
    kind: 'bank.watchHandoverLoss',
    activity: 'bank.watchHandoverLoss',
    input: watchInput,
    output: z.object({ lossSignals: count, closed: count }),
    label: {
      en: 'Handover: watch moved clients for loss',
      ru: 'Передача: следить за оттоком переданных клиентов',
    },
  },
  {
    kind: 'bank.referralSla',
    activity: 'bank.referralSla',
    input: referralSlaInput,
    output: z.object({ escalated: count }),
    label: { en: 'Referral review SLA', ru: 'Срок рассмотрения рекомендаций' },
  },
  {
    kind: 'bank.evaluateCampaigns',
    activity: 'bank.evaluateCampaigns',
    input: z.strictObject({}),
    output: z.object({ evaluated: z.array(z.string()) }),
    label: {
      en: 'Evaluate campaigns whose response window closed',
      ru: 'Подвести итоги кампаний после окна отклика',
    },
  },
] as const satisfies readonly PluginStepType<'bank'>[];
