import { defineWebModule } from '@crm/ui';
import { logisticsWebApi } from './api.js';

/**
 * The web half of the logistics plugin: the fleet with its status changes, contracts (with their PDF)
 * and the contracts-to-renew list, shipments with their stops (plan vs actual, waybill PDF), routes,
 * the per-manager plan vs actual, and the logistics profile tab on account pages. Only this definition is in
 * the app's initial bundle; every screen is its own chunk.
 */
export default defineWebModule({
  id: 'logistics',
  api: logisticsWebApi,
  nav: [
    { path: 'vehicles', section: 'main', label: { en: 'Fleet', ru: 'Автопарк' } },
    { path: 'contracts', section: 'main', label: { en: 'Contracts', ru: 'Договоры' } },
    { path: 'renewals', section: 'main', label: { en: 'Contracts to renew', ru: 'Продление договоров' } },
    { path: 'shipments', section: 'main', label: { en: 'Shipments', ru: 'Перевозки' } },
    { path: 'routes', section: 'main', label: { en: 'Routes', ru: 'Маршруты' } },
    { path: 'plans', section: 'main', label: { en: 'Plan vs actual', ru: 'План и факт' } },
  ],
  screens: [
    {
      path: 'vehicles',
      title: { en: 'Fleet', ru: 'Автопарк' },
      load: () => import('./vehicles/vehicles.screen.js'),
    },
    {
      path: 'vehicles/:id',
      title: { en: 'Vehicle', ru: 'Транспортное средство' },
      load: () => import('./vehicles/vehicle.screen.js'),
    },
    {
      path: 'contracts',
      title: { en: 'Contracts', ru: 'Договоры' },
      load: () => import('./contracts/contracts.screen.js'),
    },
    {
      path: 'renewals',
      title: { en: 'Contracts to renew', ru: 'Продление договоров' },
      load: () => import('./contracts/renewals.screen.js'),
    },
    {
      path: 'shipments',
      title: { en: 'Shipments', ru: 'Перевозки' },
      load: () => import('./shipments/shipments.screen.js'),
    },
    {
      path: 'shipments/:id',
      title: { en: 'Shipment', ru: 'Перевозка' },
      load: () => import('./shipments/shipment.screen.js'),
    },
    {
      path: 'routes',
      title: { en: 'Routes', ru: 'Маршруты' },
      load: () => import('./routes/routes.screen.js'),
    },
    {
      path: 'routes/:id',
      title: { en: 'Route', ru: 'Маршрут' },
      load: () => import('./routes/route.screen.js'),
    },
    {
      path: 'plans',
      title: { en: 'Plan vs actual', ru: 'План и факт' },
      load: () => import('./plans/plans.screen.js'),
    },
  ],
  recordTabs: [
    {
      id: 'logistics.profile',
      objectType: 'account',
      label: { en: 'Logistics', ru: 'Логистика' },
      load: () => import('./accounts/account-profile.tab.js'),
    },
  ],
  settings: {
    reservationHours: {
      label: { en: 'Reservation length, hours', ru: 'Срок резерва, часов' },
      description: {
        en: 'How long a vehicle stays reserved unless the trip is confirmed',
        ru: 'Сколько держится резерв машины, пока рейс не подтверждён',
      },
    },
    renewalHorizonDays: {
      label: { en: 'Renewal horizon, days', ru: 'Горизонт продления, дней' },
      description: {
        en: 'Days before a contract ends when the renewal countdown starts',
        ru: 'За сколько дней до окончания договора начинается отсчёт продления',
      },
    },
    seedDemoData: {
      label: { en: 'Add demo fleet and contracts', ru: 'Добавить демо-автопарк и договоры' },
    },
  },
});
