import type { PluginWorkflowTemplate } from '@crm/core';

const moscow = 'Europe/Moscow';

/** Workflows a tenant admin installs from the bank plugin (validated by the workflow language). */
export const bankTemplates: PluginWorkflowTemplate<'bank'>[] = [
  {
    id: 'bank.secondProduct',
    name: { en: 'Second product (cross-sell)', ru: 'Второй продукт (кросс-продажа)' },
    description: {
      en: 'Every morning: clients whose only product opened 14 days ago and who pass the eligibility test get an offer of the next best product and their manager a call task; an offer not made in 7 days reminds the manager, in 14 days goes to the team lead, and expires at the end of its validity.',
      ru: 'Каждое утро: клиенты, открывшие единственный продукт 14 дней назад и прошедшие проверку, получают предложение следующего продукта, а менеджер — задачу на звонок; через 7 дней без действий — напоминание, через 14 — руководителю, по окончании срока предложение закрывается.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 9 * * *', timeZone: moscow },
      steps: [
        { id: 'offer', kind: 'bank.secondProductOffers', input: { afterDays: 14, withinDays: 90 } },
        { id: 'followUp', kind: 'bank.followUpOffers', input: { remindAfterDays: 7, escalateAfterDays: 14 } },
      ],
    },
  },
  {
    id: 'bank.contactCadence',
    name: { en: 'Tier contact cadence', ru: 'Регламент контактов по уровню клиента' },
    description: {
      en: "Every morning: each client's next contact follows its tier (e.g. VIP monthly, mass semi-annually); 3 days ahead the manager gets a call task, 5 days overdue the team lead is told.",
      ru: 'Каждое утро: следующий контакт с клиентом — по регламенту его уровня (VIP ежемесячно, массовый раз в полгода); за 3 дня менеджеру задача на звонок, при просрочке 5 дней — эскалация руководителю.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 8 * * *', timeZone: moscow },
      steps: [{ id: 'cadence', kind: 'bank.contactCadence', input: { leadDays: 3, escalateAfterDays: 5 } }],
    },
  },
  {
    id: 'bank.managerHandover',
    name: { en: 'Manager-departure handover', ru: 'Передача клиентов уходящего менеджера' },
    description: {
      en: "Every 15 minutes: for a handover started at POST /bank/handovers (the leaving manager's exports frozen at once), clients are reassigned by the distribution rules, the new managers get intro calls within 10 days, and the clients are watched 90 days for loss (a closed product or balances down 30% opens a retention task).",
      ru: 'Каждые 15 минут: по начатой передаче (выгрузки уходящего менеджера сразу заморожены) клиенты распределяются по правилам, новым менеджерам — звонок-знакомство в течение 10 дней, 90 дней отслеживается отток (закрытие продукта или падение остатков на 30% — задача на удержание).',
    },
    definition: {
      trigger: { type: 'schedule', cron: '*/15 * * * *', timeZone: moscow },
      steps: [
        { id: 'reassign', kind: 'bank.reassignDepartingClients', input: { introCallWithinDays: 10 } },
        { id: 'watch', kind: 'bank.watchHandoverLoss', input: { balanceDropPercent: 30 } },
      ],
    },
  },
  {
    id: 'bank.referralReviewSla',
    name: { en: 'Referral review SLA', ru: 'Срок рассмотрения рекомендаций' },
    description: {
      en: 'Every hour: a referral not taken into review within 24 hours, or not decided within 5 days of review, is escalated to the team lead.',
      ru: 'Каждый час: рекомендация, не взятая в работу за 24 часа или без решения 5 дней после начала рассмотрения, эскалируется руководителю.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 * * * *', timeZone: moscow },
      steps: [{ id: 'sla', kind: 'bank.referralSla', input: { reviewWithinHours: 24, decideWithinDays: 5 } }],
    },
  },
  {
    id: 'bank.campaignEvaluation',
    name: { en: 'Evaluate campaigns', ru: 'Итоги кампаний' },
    description: {
      en: 'Every morning: campaigns whose response window closed are evaluated (response of the targeted group against the holdout).',
      ru: 'Каждое утро: по кампаниям с закрытым окном отклика подводятся итоги (отклик целевой группы против контрольной).',
    },
    definition: {
      trigger: { type: 'schedule', cron: '30 8 * * *', timeZone: moscow },
      steps: [{ id: 'evaluate', kind: 'bank.evaluateCampaigns', input: {} }],
    },
  },
];
