import { defineWebModule } from '@crm/ui';
import { telecomWebApi } from './api.js';

/**
 * The web half of the telecom plugin: the product catalogue (TMF620) with its lifecycle, trouble
 * tickets (TMF621) with SLA timers and their status moves, and the "Telecom" tab on account pages
 * (subscriptions, open tickets, orders, usage, churn risk and tariff-savings offers). Only this
 * definition is in the app's initial bundle; every screen is its own chunk.
 */
export default defineWebModule({
  id: 'telecom',
  api: telecomWebApi,
  nav: [
    { path: 'tickets', section: 'main', label: { en: 'Trouble tickets', ru: 'Обращения' } },
    { path: 'catalog', section: 'main', label: { en: 'Product catalog', ru: 'Каталог продуктов' } },
  ],
  screens: [
    {
      path: 'tickets',
      title: { en: 'Trouble tickets', ru: 'Обращения' },
      load: () => import('./tickets/tickets.screen.js'),
    },
    {
      path: 'tickets/:id',
      title: { en: 'Trouble ticket', ru: 'Обращение' },
      load: () => import('./tickets/ticket.screen.js'),
    },
    {
      path: 'catalog',
      title: { en: 'Product catalog', ru: 'Каталог продуктов' },
      load: () => import('./catalog/catalog.screen.js'),
    },
  ],
  recordTabs: [
    {
      id: 'telecom.account',
      objectType: 'account',
      label: { en: 'Telecom', ru: 'Телеком' },
      load: () => import('./accounts/telecom.tab.js'),
    },
  ],
  settings: {
    minMonthlySaving: {
      label: { en: 'Smallest monthly saving to offer', ru: 'Минимальная экономия в месяц для предложения' },
    },
    churnScoreThreshold: {
      label: { en: 'Churn score threshold', ru: 'Порог риска ухода' },
      description: {
        en: 'From this score (0–100) a client is at risk and gets an offer even without a saving',
        ru: 'С этого значения (0–100) клиент под угрозой ухода и получает предложение даже без экономии',
      },
    },
    churnTicketCount: {
      label: { en: 'Tickets that flag churn risk', ru: 'Обращений для риска ухода' },
    },
    churnWindowDays: { label: { en: 'Churn window, days', ru: 'Окно риска ухода, дней' } },
    autoCloseResolvedAfterHours: {
      label: { en: 'Close resolved tickets after, hours', ru: 'Закрывать решённые обращения через, часов' },
    },
    offerValidDays: { label: { en: 'Offer valid, days', ru: 'Срок предложения, дней' } },
    offerReminderDay: { label: { en: 'Offer reminder on day', ru: 'Напоминание о предложении на день' } },
    seedDemoData: {
      label: {
        en: 'Add demo catalogue, subscriptions and tickets',
        ru: 'Добавить демо-каталог, подписки и обращения',
      },
    },
  },
});
