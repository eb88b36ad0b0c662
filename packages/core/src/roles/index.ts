export * from './role.schema.js';
export * from './list-roles.js';
export * from './save-role.js';
export * from './hideable-fields.js';
