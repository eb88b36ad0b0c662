export * from './team.schema.js';
export * from './save-team.js';
