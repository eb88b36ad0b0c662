export * from './offering.schema.js';
export * from './offering-lifecycle.js';
export { createOffering } from './create-offering.js';
export { updateOffering } from './update-offering.js';
export { getOffering } from './get-offering.js';
export { listOfferings } from './list-offerings.js';
export { transitionOffering } from './transition-offering.js';
