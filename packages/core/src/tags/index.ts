export * from './tag.schema.js';
export * from './find-tag.js';
export * from './create-tag.js';
export * from './list-tags.js';
export * from './update-tag.js';
export * from './delete-tag.js';
export * from './tag-assignments.js';
