export * from './timeline.types.js';
export * from './merge-timeline.js';
export * from './field-changes.js';
export * from './source-rows.js';
export * from './timeline-registry.js';
export * from './get-timeline.js';
