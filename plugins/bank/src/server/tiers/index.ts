export * from './tier.schema.js';
export { listTiers } from './list-tiers.js';
export { saveTier } from './save-tier.js';
