import { defineWebModule } from '@crm/ui';
import { realestateWebApi } from './api.js';

/**
 * The web half of the real-estate plugin: property objects (RESO Property fields and StandardStatus)
 * with filters, an object's page with its listing-status and verification moves, history, suspected
 * duplicates (merged there or in the duplicate review queue), matching buyers and showings; the
 * showings list; the district dictionary (add, rename, take out of use); and the buyer-requirements
 * tab on contact pages (add and edit requirements). Only this definition is in the app's initial bundle; every screen is its own chunk.
 */
export default defineWebModule({
  id: 'realestate',
  api: realestateWebApi,
  nav: [
    { path: 'properties', section: 'main', label: { en: 'Property objects', ru: 'Объекты недвижимости' } },
    { path: 'showings', section: 'main', label: { en: 'Showings', ru: 'Показы' } },
    { path: 'duplicates', section: 'main', label: { en: 'Duplicate review', ru: 'Проверка дублей' } },
    { path: 'districts', section: 'main', label: { en: 'Districts', ru: 'Районы' } },
  ],
  screens: [
    {
      path: 'properties',
      title: { en: 'Property objects', ru: 'Объекты недвижимости' },
      load: () => import('./properties/properties.screen.js'),
    },
    {
      path: 'properties/:key',
      title: { en: 'Property object', ru: 'Объект недвижимости' },
      load: () => import('./properties/property.screen.js'),
    },
    {
      path: 'showings',
      title: { en: 'Showings', ru: 'Показы' },
      load: () => import('./showings/showings.screen.js'),
    },
    {
      path: 'duplicates',
      title: { en: 'Duplicate review', ru: 'Проверка дублей' },
      load: () => import('./duplicates/duplicates.screen.js'),
    },
    {
      path: 'districts',
      title: { en: 'Districts', ru: 'Районы' },
      load: () => import('./districts/districts.screen.js'),
    },
  ],
  recordTabs: [
    {
      id: 'realestate.requirements',
      objectType: 'contact',
      label: { en: 'Real estate', ru: 'Недвижимость' },
      load: () => import('./contacts/requirements.tab.js'),
    },
  ],
  settings: {
    reverifyDays: {
      label: { en: 'Re-check verified objects after, days', ru: 'Повторная проверка через, дней' },
    },
    duplicateAreaTolerancePct: {
      label: { en: 'Duplicate: area tolerance, %', ru: 'Дубли: допуск по площади, %' },
    },
    duplicatePriceTolerancePct: {
      label: { en: 'Duplicate: price tolerance, %', ru: 'Дубли: допуск по цене, %' },
    },
    duplicateThreshold: {
      label: { en: 'Duplicate: score to review (0–1)', ru: 'Дубли: порог сходства (0–1)' },
    },
    showingReminderHours: {
      label: { en: 'Showing reminder, hours before', ru: 'Напоминание о показе, за часов' },
    },
    feedbackAfterHours: {
      label: { en: 'Ask for feedback, hours after', ru: 'Запрос отзыва, через часов' },
    },
    seedDemoData: {
      label: {
        en: 'Add demo districts, objects and buyers',
        ru: 'Добавить демо-районы, объекты и покупателей',
      },
    },
  },
});
