export * from './activity.schema.js';
export * from './create-activity.js';
export * from './get-activity.js';
export * from './list-activities.js';
export * from './update-activity.js';
export * from './delete-activity.js';
