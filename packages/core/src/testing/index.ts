export * from './test-database.js';
export * from './embedded-test-database.js';
