import { fileURLToPath } from 'node:url';
import { definePlugin } from '@crm/core';
import { realestateAuthz } from './authz.js';
import { realestateConfig } from './config.js';
import { propertySearchSource } from './extensions/property-search.js';
import { agentQualityReport, listingsReport } from './reports/index.js';
import { seedRealestate } from './seed/seed-realestate.js';
import { realestateApi } from './server/realestate.router.js';
import { realestateWorkflows } from './workflows/index.js';

/**
 * The real-estate vertical: property objects on the RESO Data Dictionary Property resource with a
 * verification status of their own, the tenant's district dictionary with normalisation, duplicate
 * detection and merge, buyers' requirements matched to objects, showings and deals with the
 * contract and the real price.
 */
const realestate = definePlugin({
  id: 'realestate',
  version: '0.1.0',
  name: { en: 'Real estate', ru: 'Недвижимость' },
  description: {
    en: "Property objects (RESO), verification, districts and duplicates, buyers' requirements and matching, showings, deals",
    ru: 'Объекты недвижимости (RESO), проверка, районы и дубли, запросы покупателей и подбор, показы, сделки',
  },
  config: realestateConfig,
  db: { migrations: fileURLToPath(new URL('../migrations', import.meta.url)) },
  api: realestateApi,
  authz: realestateAuthz,
  search: [propertySearchSource],
  reports: [listingsReport, agentQualityReport],
  workflows: realestateWorkflows,
  seed: seedRealestate,
});

export default realestate;
export { realestateConfig, type RealestateConfig } from './config.js';
export { realestateTables, realestateContext, type RealestateContext, type RealestateDb } from './db.js';
export * as properties from './server/properties/index.js';
export * as districts from './server/districts/index.js';
export * as duplicates from './server/duplicates/index.js';
export * as requirements from './server/requirements/index.js';
export * as matching from './server/matching/index.js';
export * as showings from './server/showings/index.js';
export * as deals from './server/deals/index.js';
