export * from './pipeline.schema.js';
export * from './create-pipeline.js';
export * from './get-pipeline.js';
export * from './list-pipelines.js';
export * from './update-pipeline.js';
export * from './delete-pipeline.js';
export * from './pipeline-summary.js';
export * from './remove-stage.js';
