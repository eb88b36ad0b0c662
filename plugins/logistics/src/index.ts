import { fileURLToPath } from 'node:url';
import { definePlugin } from '@crm/core';
import { logisticsAuthz } from './authz.js';
import { logisticsConfig } from './config.js';
import { contractTimelineSource } from './extensions/contract-timeline.js';
import { vehicleSearchSource } from './extensions/vehicle-search.js';
import { contractsExpiringReport, fleetStatusReport, planVsActualReport } from './reports/index.js';
import { seedLogistics } from './seed/seed-logistics.js';
import { logisticsApi } from './server/logistics.router.js';
import { logisticsWorkflows } from './workflows/index.js';

/**
 * The logistics vertical for freight carriers and forwarders: clients, suppliers and partners with
 * services, volumes and other carriers; the fleet with its availability state machine; contracts and
 * the contracts-to-renew list.
 */
const logistics = definePlugin({
  id: 'logistics',
  version: '0.1.0',
  name: { en: 'Logistics', ru: 'Логистика' },
  description: {
    en: 'Freight carriers: fleet, routes and shipments, contracts to renew and their documents, clients, suppliers and partners, sales plans',
    ru: 'Грузоперевозки: автопарк, маршруты и перевозки, продление договоров и документы, клиенты, поставщики и партнёры, планы продаж',
  },
  config: logisticsConfig,
  db: { migrations: fileURLToPath(new URL('../migrations', import.meta.url)) },
  api: logisticsApi,
  authz: logisticsAuthz,
  timeline: [contractTimelineSource],
  search: [vehicleSearchSource],
  reports: [fleetStatusReport, contractsExpiringReport, planVsActualReport],
  workflows: logisticsWorkflows,
  seed: seedLogistics,
});

export default logistics;
export { logisticsConfig, type LogisticsConfig } from './config.js';
export * as vehicles from './server/vehicles/index.js';
export * as contracts from './server/contracts/index.js';
export * as shipments from './server/shipments/index.js';
export * as routes from './server/routes/index.js';
export * as documents from './server/documents/index.js';
export * as plans from './server/plans/index.js';
export { logisticsTables, logisticsContext, type LogisticsContext, type LogisticsDb } from './db.js';
