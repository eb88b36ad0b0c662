export * from './deal.schema.js';
export { upsertDealTerms } from './upsert-deal-terms.js';
export { getDealTerms } from './get-deal-terms.js';
export { listDealTerms } from './list-deal-terms.js';
