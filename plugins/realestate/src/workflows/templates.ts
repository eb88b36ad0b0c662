import type { PluginWorkflowTemplate } from '@crm/core';

/** Workflows a tenant admin installs from the real-estate plugin (validated by the workflow language). */
export const realestateTemplates: PluginWorkflowTemplate<'realestate'>[] = [
  {
    id: 'realestate.requirementMatching',
    name: { en: 'Match buyers and objects', ru: 'Подбор объектов под запросы покупателей' },
    description: {
      en: "Every 5 minutes: objects and buyers' requirements created or changed since the last run are matched, and each requirement's agent is notified of new matches.",
      ru: 'Каждые 5 минут: новые и изменённые объекты и запросы покупателей сопоставляются, агент по запросу получает уведомление о новых подходящих объектах.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '*/5 * * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'match', kind: 'realestate.matchRequirements', input: {} }],
    },
  },
  {
    id: 'realestate.reverification',
    name: { en: 'Re-verify objects', ru: 'Повторная проверка объектов' },
    description: {
      en: 'Every morning: verified objects past their re-check date become Stale and their agent gets a call task to verify them again.',
      ru: 'Каждое утро: проверенные объекты с истёкшим сроком проверки становятся устаревшими, агенту ставится звонок для повторной проверки.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 8 * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'stale', kind: 'realestate.markStaleVerifications', input: {} }],
    },
  },
  {
    id: 'realestate.showingFollowUp',
    name: { en: 'Showing reminders and feedback', ru: 'Напоминания о показах и обратная связь' },
    description: {
      en: 'Every 15 minutes: agents are reminded of confirmed showings (24 hours ahead by default) and get a task to collect the buyer’s feedback after each showing.',
      ru: 'Каждые 15 минут: агент получает напоминание о подтверждённом показе (по умолчанию за 24 часа) и задачу собрать отзыв покупателя после показа.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '*/15 * * * *', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'remind', kind: 'realestate.showingReminders', input: {} }],
    },
  },
  {
    id: 'realestate.duplicateReview',
    name: { en: 'Duplicate review', ru: 'Разбор дублей' },
    description: {
      en: 'Every morning: a review task for each suspected duplicate pair left open for a day.',
      ru: 'Каждое утро: задача на разбор каждой пары возможных дублей, открытой дольше суток.',
    },
    definition: {
      trigger: { type: 'schedule', cron: '0 9 * * 1-5', timeZone: 'Europe/Moscow' },
      steps: [{ id: 'review', kind: 'realestate.duplicateReview', input: { olderThanHours: 24 } }],
    },
  },
];
