export * from './plugin-manifest.js';
export * from './plugin-registry.js';
export * from './plugin.schema.js';
export { isPluginEnabled } from './plugin-state.js';
export { listPlugins } from './list-plugins.js';
export { enablePlugin } from './enable-plugin.js';
export { disablePlugin } from './disable-plugin.js';
export { unitOfWorkAdapter } from './unit-of-work-adapter.js';
export { enablePluginsAsTenantAdmin } from './enable-plugins-for-tenant.js';
