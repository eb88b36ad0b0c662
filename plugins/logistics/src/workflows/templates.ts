import type { PluginWorkflowTemplate } from '@crm/core';

/** Workflows a tenant admin installs from the logistics plugin (validated by the workflow language). */
export const logisticsTemplates: PluginWorkflowTemplate<'logistics'>[] = [
  {
    id: 'logistics.contractRenewalCountdown',
    name: { en: 'Contract renewal countdown', ru: 'Обратный отсчёт продления договоров' },
    description: {
      en: 'Every morning: renew auto-renewing contracts that ended (others expire), and give owners a task at 90 and 60 days before the end and a week before the notice deadline.',
      ru: 'Каждое утро: продлить истёкшие договоры с автопролонгацией (остальные закрыть) и поставить ответственным задачи за 90 и 60 дней до окончания и за неделю до срока уведомления.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 7 * * *', timeZone: 'Europe/Moscow' },
      steps: [
        { id: 'renew', kind: 'logistics.renewDueContracts', input: {} },
        { id: 'remind', kind: 'logistics.contractRenewalReminders', input: {} },
      ],
    },
  },
  {
    id: 'logistics.reservationSweep',
    name: { en: 'Release lapsed vehicle reservations', ru: 'Снятие просроченных резервов машин' },
    description: {
      en: 'Every 15 minutes: vehicles reserved but not dispatched by the deadline go back to free (logged).',
      ru: 'Каждые 15 минут: машины, не отправленные в рейс до конца резерва, снова свободны (с записью в журнал).',
    },
    definition: {
      trigger: { type: 'schedule', cron: '*/15 * * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'release', kind: 'logistics.releaseExpiredReservations', input: {} }],
    },
  },
  {
    id: 'logistics.newAccountQualification',
    name: { en: 'Qualify a new freight account', ru: 'Квалификация нового клиента-грузовладельца' },
    description: {
      en: 'When an account is created: a call the next business day to learn services used, volumes and current carriers.',
      ru: 'При создании компании: звонок на следующий рабочий день — узнать услуги, объёмы и текущих перевозчиков.',
    },
    definition: {
      trigger: { type: 'record.created', recordType: 'account' },
      steps: [
        {
          id: 'qualify',
          kind: 'createTask',
          activityType: 'call',
          subject: 'Qualify {{ record.name }}: services, volumes, other carriers',
          dueInDays: 1,
          businessDays: true,
        },
      ],
    },
  },
  {
    id: 'logistics.planMidPeriodAlert',
    name: { en: 'Mid-period sales plan alert', ru: 'Контроль плана продаж в середине периода' },
    description: {
      en: "Every morning: when a manager's plan period reaches its second half with less than half of the planned calls and meetings done, the manager and their team lead get a notification (once per plan).",
      ru: 'Каждое утро: если к середине периода менеджер выполнил меньше половины плана звонков и встреч, он и руководитель его команды получают уведомление (один раз на план).',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 9 * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'check', kind: 'logistics.planMidPeriodCheck', input: { thresholdPercent: 50 } }],
    },
  },
];
