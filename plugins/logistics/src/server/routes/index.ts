export * from './route.schema.js';
export { createRoute } from './create-route.js';
export { getRoute } from './get-route.js';
export { listRoutes } from './list-routes.js';
export { findRoute } from './find-route.js';
