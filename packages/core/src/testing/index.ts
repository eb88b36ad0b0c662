export * from './test-database.js';
export * from './embedded-test-database.js';
export * as schemaCheck from './schema/index.js';
export { describePluginSchema, type PluginSchemaSpec } from './describe-plugin-schema.js';
export * from './temporal-test-server.js';
export * from './temporal-test-worker.js';
export * from './smtp-capture.js';
