export { profitabilityByTierReport } from './profitability-by-tier.report.js';
export { campaignResponseReport } from './campaign-response.report.js';
export { referralsFunnelReport } from './referrals-funnel.report.js';
