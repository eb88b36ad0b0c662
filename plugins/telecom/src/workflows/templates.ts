import type { PluginWorkflowTemplate } from '@crm/core';

/** Workflows a tenant admin installs from the telecom plugin (validated by the workflow language). */
export const telecomTemplates: PluginWorkflowTemplate<'telecom'>[] = [
  {
    id: 'telecom.tariffSavingsOffer',
    name: { en: 'Tariff-savings offer for a client', ru: 'Предложение экономии на тарифе для клиента' },
    description: {
      en: "On a client: re-price each active subscription's last three months against every launched tariff; where the saving (or the churn risk) passes the threshold, a recommendation with the month-by-month savings and a task for the manager. A reminder on day 7; unanswered offers expire on day 14.",
      ru: 'По клиенту: пересчитать расход каждой активной подписки за три месяца по всем запущенным тарифам; если экономия (или риск ухода) выше порога — рекомендация с помесячной экономией и задача менеджеру. Напоминание на 7-й день, без ответа предложение закрывается на 14-й.',
    },
    definition: {
      trigger: { type: 'manual', recordType: 'account' },
      steps: [
        { id: 'offer', kind: 'telecom.offerTariffSavings', input: {} },
        {
          id: 'offered',
          kind: 'condition',
          if: 'steps.offer.created > 0',
          then: [
            { id: 'week', kind: 'delay', duration: { days: 7 } },
            { id: 'remind', kind: 'telecom.remindRecommendations', input: { scope: 'thisRun' } },
            { id: 'fortnight', kind: 'delay', duration: { days: 7 } },
            { id: 'expire', kind: 'telecom.expireRecommendations', input: { scope: 'thisRun' } },
          ],
        },
      ],
    },
  },
  {
    id: 'telecom.nightlyTariffSavings',
    name: { en: 'Nightly tariff-savings scan', ru: 'Ночной поиск экономии на тарифах' },
    description: {
      en: 'Every night: offer cheaper tariffs to every client whose saving or churn risk passes the threshold, remind of offers on day 7 and expire those unanswered after 14 days.',
      ru: 'Каждую ночь: предложить более выгодный тариф всем клиентам, у которых экономия или риск ухода выше порога; напомнить о предложениях на 7-й день и закрыть оставшиеся без ответа через 14 дней.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '30 2 * * *', timeZone: 'Europe/Moscow' },
      steps: [
        { id: 'expire', kind: 'telecom.expireRecommendations', input: { scope: 'due' } },
        { id: 'remind', kind: 'telecom.remindRecommendations', input: { scope: 'due' } },
        { id: 'offer', kind: 'telecom.offerTariffSavings', input: {} },
      ],
    },
  },
  {
    id: 'telecom.ticketSlaEscalation',
    name: { en: 'Trouble-ticket SLA escalation ladder', ru: 'Эскалация обращений по SLA' },
    description: {
      en: 'Every 5 minutes: tickets at 50 % of their SLA go to the support team, at 100 % to the duty manager and the account manager, at 150 % to the head; resolved tickets not reopened in 72 h are closed.',
      ru: 'Каждые 5 минут: обращения на 50 % SLA — группе поддержки, на 100 % — дежурному руководителю и менеджеру клиента, на 150 % — руководителю; решённые и не переоткрытые за 72 ч закрываются.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '*/5 * * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'escalate', kind: 'telecom.escalateTicketSlas', input: {} }],
    },
  },
  {
    id: 'telecom.churnRiskAlert',
    name: { en: 'Churn risk from tickets', ru: 'Риск ухода по обращениям' },
    description: {
      en: 'Every hour: score clients by their tickets (3 in 30 days flags them); a flagged client gets a retention task and the account manager an alert.',
      ru: 'Каждый час: оценить клиентов по обращениям (3 за 30 дней — риск ухода); по клиенту в зоне риска — задача на удержание и уведомление менеджеру.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '15 * * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'score', kind: 'telecom.scoreChurnRisk', input: {} }],
    },
  },
  {
    id: 'telecom.orderFollowUp',
    name: { en: 'Order fulfilment follow-up', ru: 'Контроль исполнения заказов' },
    description: {
      en: 'Every morning: orders held or pending for over a day, or past their expected completion, get a fallout task for their owner.',
      ru: 'Каждое утро: заказы, которые больше суток приостановлены или ждут клиента либо просрочены, — задача ответственному.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 8 * * 1-5', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'followUp', kind: 'telecom.orderFollowUp', input: { afterHours: 24 } }],
    },
  },
];
