import { fileURLToPath } from 'node:url';
import { definePlugin } from '@crm/core';
import { bankAuthz } from './authz.js';
import { bankConfig } from './config.js';
import { bankApi } from './server/bank.router.js';
import { seedBank } from './seed/seed-bank.js';
import { bankWorkflows } from './workflows/index.js';
import { exportFreezeGuard } from './extensions/export-freeze-guard.js';
import { productTimelineSource } from './extensions/client-timeline.js';
import { productSearchSource } from './extensions/product-search.js';
import { campaignResponseReport, profitabilityByTierReport, referralsFunnelReport } from './reports/index.js';

/**
 * The bank vertical: client relationship plans with service tiers driving the contact cadence,
 * financial products, households, referrals, cross-sell offers, rule-based distribution of clients,
 * manager-departure handovers, profitability and value tiers, campaigns with a holdout group.
 */
const bank = definePlugin({
  id: 'bank',
  version: '0.1.0',
  name: { en: 'Bank', ru: 'Банк' },
  description: {
    en: 'Retail and business banking: client tiers and contact cadence, products, referrals, cross-sell, handovers, campaigns',
    ru: 'Банк: уровни обслуживания и регламент контактов, продукты, рекомендации, кросс-продажи, передача клиентов, кампании',
  },
  config: bankConfig,
  db: { migrations: fileURLToPath(new URL('../migrations', import.meta.url)) },
  api: bankApi,
  authz: bankAuthz,
  timeline: [productTimelineSource],
  search: [productSearchSource],
  reports: [profitabilityByTierReport, campaignResponseReport, referralsFunnelReport],
  workflows: bankWorkflows,
  exportGuards: [exportFreezeGuard],
  seed: seedBank,
});

export default bank;
export { bankConfig, type BankConfig } from './config.js';
export { bankTables, bankContext, type BankContext, type BankDb } from './db.js';
