export * from './search.types.js';
export * from './search.schema.js';
export * from './search-registry.js';
export * from './search-records.js';
export { ownerScopeOf, type OwnerScope } from './owner-scope.js';
