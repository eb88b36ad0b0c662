import { fileURLToPath } from 'node:url';
import { definePlugin } from '@crm/core';
import { telecomAuthz } from './authz.js';
import { telecomConfig } from './config.js';
import { offeringSearchSource, ticketSearchSource } from './extensions/catalog-search.js';
import { recommendationTimelineSource } from './extensions/recommendation-timeline.js';
import { ticketTimelineSource } from './extensions/ticket-timeline.js';
import { savingsOffersReport, tariffMixReport, ticketsSlaReport } from './reports/index.js';
import { seedTelecom } from './seed/seed-telecom.js';
import { telecomApi } from './server/telecom.router.js';
import { telecomWorkflows } from './workflows/index.js';

/**
 * The telecom vertical on the TM Forum models: the tariff catalogue (TMF620 offerings, bundles and
 * prices), clients' subscriptions (TMF637), product orders (TMF622), trouble tickets with SLA and an
 * escalation ladder (TMF621), usage (TMF635) and the tariff-savings offer.
 */
const telecom = definePlugin({
  id: 'telecom',
  version: '0.1.0',
  name: { en: 'Telecom', ru: 'Телеком' },
  description: {
    en: 'Operators: tariff catalogue, subscriptions, orders, trouble tickets with SLA, usage and tariff-savings offers (TM Forum)',
    ru: 'Операторы связи: каталог тарифов, подписки, заказы, обращения с SLA, расход и предложения экономии (TM Forum)',
  },
  config: telecomConfig,
  db: { migrations: fileURLToPath(new URL('../migrations', import.meta.url)) },
  api: telecomApi,
  authz: telecomAuthz,
  timeline: [ticketTimelineSource, recommendationTimelineSource],
  search: [offeringSearchSource, ticketSearchSource],
  reports: [ticketsSlaReport, savingsOffersReport, tariffMixReport],
  workflows: telecomWorkflows,
  seed: seedTelecom,
});

export default telecom;
export { telecomConfig, type TelecomConfig } from './config.js';
export { telecomTables, telecomContext, type TelecomContext, type TelecomDb } from './db.js';
export * as offerings from './server/offerings/index.js';
export * as products from './server/products/index.js';
export * as orders from './server/orders/index.js';
export * as tickets from './server/tickets/index.js';
export * as usage from './server/usage/index.js';
export * as recommendations from './server/recommendations/index.js';
