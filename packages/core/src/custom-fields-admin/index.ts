export * from './definition.schema.js';
export * from './create-definition.js';
export * from './list-definitions.js';
export * from './update-definition.js';
export * from './archive-definition.js';
