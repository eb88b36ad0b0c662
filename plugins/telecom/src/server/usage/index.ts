export * from './usage.schema.js';
export { createUsage } from './create-usage.js';
export { listUsage } from './list-usage.js';
