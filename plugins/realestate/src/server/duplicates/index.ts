export * from './duplicate.schema.js';
export { duplicateScore } from './duplicate-score.js';
export { detectDuplicates } from './detect-duplicates.js';
export { listDuplicates } from './list-duplicates.js';
export { propertyDuplicates } from './property-duplicates.js';
export { mergeProperties } from './merge-properties.js';
export { dismissDuplicate } from './dismiss-duplicate.js';
