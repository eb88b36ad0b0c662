export * from './owned-records.js';
export * from './reassign.schema.js';
export * from './reassign-records.js';
export * from './ownership-history.js';
