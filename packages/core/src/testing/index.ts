export * from './test-database.js';
export * from './embedded-test-database.js';
export * as schemaCheck from './schema/index.js';
