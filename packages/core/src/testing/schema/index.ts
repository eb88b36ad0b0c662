// Schema checks shared by the core's and the plugins' drift and tenancy tests.
export * from './catalog.js';
export * from './prisma-model.js';
export * from './prisma-schema-engine.js';
export * from './schema-diff.js';
export * from './schema-shape.js';
export * from './tenancy-catalog.js';
export * from './tenancy-rules.js';
export * from './plugin-schema.js';
