export * from './custom-field-types.js';
export * from './validate-custom-fields.js';
