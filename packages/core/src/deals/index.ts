export * from './deal.schema.js';
export * from './create-deal.js';
export * from './get-deal.js';
export * from './list-deals.js';
export * from './update-deal.js';
export * from './delete-deal.js';
