export * from './custom-field-types.js';
export * from './validate-custom-fields.js';
export * from './custom-field-visibility.js';
