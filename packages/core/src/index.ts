// The public entry point of @crm/core. Apps and plugins import from here only.
export * from './errors/index.js';
export * from './ids.js';
export { createDatabase, type Database, type DatabaseOptions, type TenantDb } from './db/database.js';
export { migrate, coreMigrations, type MigrationSource } from './db/migrate.js';
export { isInUnitOfWork, unitMemo, UnitOfWorkPool } from './db/unit-of-work.js';
export * from './authz/index.js';
export { rolePermissionsSchema } from './authz/role-permissions.schema.js';
export * from './auth/index.js';
export * from './custom-fields/index.js';
export type { TenantContext } from './records/context.js';
export { listInputBase, MAX_PAGE_SIZE, type ListPage } from './records/list-input.js';
export { fileDownload, fileDownloadOutput, type FileDownload } from './records/file-download.js';
export { recordAudit } from './audit/record-audit.js';
export * as contacts from './contacts/index.js';
export * as pipelines from './pipelines/index.js';
export * as deals from './deals/index.js';
export * as tags from './tags/index.js';
export * as customFieldsAdmin from './custom-fields-admin/index.js';
export * as reassign from './reassign/index.js';
export * as accounts from './accounts/index.js';
export * as activities from './activities/index.js';
export * as timeline from './timeline/index.js';
export * as search from './search/index.js';
export * as imports from './imports/index.js';
// Named recordExports: `exports` would shadow the CommonJS binding in transpiled code.
export * as recordExports from './exports/index.js';
export type { Prisma } from './generated/prisma/client.js';
export * from './tenants/index.js';
export * from './seed/index.js';
export * as roles from './roles/index.js';
export * as teams from './teams/index.js';
export * as savedViews from './saved-views/index.js';
export * as auditLog from './audit/index.js';
export * as plugins from './plugins/index.js';
export * as reports from './reports/index.js';
export {
  definePlugin,
  createPluginRegistry,
  unitOfWorkAdapter,
  type AnyPlugin,
  type PluginRegistry,
  type PluginManifest,
  type PluginScoped,
  type Localized,
  type PluginAuthzManifest,
  type PluginStepType,
  type PluginWorkflowTemplate,
  type PluginWorkflowsManifest,
  type PluginLifecycleContext,
  type PluginActivityDeps,
  type PluginActivity,
} from './plugins/index.js';
export { defineReport, type ReportDefinition } from './reports/index.js';
export * as workflows from './workflows/index.js';
export * as webhooks from './webhooks/index.js';
