import { defineWebModule } from '@crm/ui';
import { bankWebApi } from './api.js';

/**
 * The web half of the bank plugin: the "Bank" tab on contact and account pages (relationship plan and
 * tier, products, household, profitability, offers, referrals), the referrals list by status, campaigns
 * with their holdout, and manager-departure handovers. Only this definition is in the app's initial
 * bundle; every screen and tab is its own chunk.
 */
export default defineWebModule({
  id: 'bank',
  api: bankWebApi,
  nav: [
    { path: 'referrals', section: 'main', label: { en: 'Referrals', ru: 'Направления' } },
    { path: 'campaigns', section: 'main', label: { en: 'Campaigns', ru: 'Кампании' } },
    { path: 'handovers', section: 'main', label: { en: 'Manager handovers', ru: 'Передача клиентов' } },
  ],
  screens: [
    {
      path: 'referrals',
      title: { en: 'Referrals', ru: 'Направления' },
      load: () => import('./referrals/referrals.screen.js'),
    },
    {
      path: 'campaigns',
      title: { en: 'Campaigns', ru: 'Кампании' },
      load: () => import('./campaigns/campaigns.screen.js'),
    },
    {
      path: 'handovers',
      title: { en: 'Manager handovers', ru: 'Передача клиентов' },
      load: () => import('./handovers/handovers.screen.js'),
    },
  ],
  recordTabs: [
    {
      id: 'bank.client.contact',
      objectType: 'contact',
      label: { en: 'Bank', ru: 'Банк' },
      load: () => import('./clients/client.tab.js'),
    },
    {
      id: 'bank.client.account',
      objectType: 'account',
      label: { en: 'Bank', ru: 'Банк' },
      load: () => import('./clients/client.tab.js'),
    },
  ],
  settings: {
    defaultCurrency: {
      label: { en: 'Default currency', ru: 'Валюта по умолчанию' },
      description: { en: 'ISO 4217 code, such as RUB', ru: 'Код ISO 4217, например RUB' },
    },
    offerValidityDays: {
      label: { en: 'Offer validity, days', ru: 'Срок действия предложения, дней' },
    },
    seedDemoData: {
      label: { en: 'Add demo clients and products', ru: 'Добавить демо-клиентов и продукты' },
    },
  },
});
