// The public entry point of @crm/core. Apps and plugins import from here only.
export * from './errors/index.js';
export * from './ids.js';
export { createDatabase, type Database, type DatabaseOptions, type TenantDb } from './db/database.js';
export { migrate, coreMigrations, type MigrationSource } from './db/migrate.js';
export { isInUnitOfWork, unitMemo } from './db/unit-of-work.js';
export * from './authz/index.js';
export { rolePermissionsSchema } from './authz/role-permissions.schema.js';
export * from './auth/index.js';
export * from './custom-fields/index.js';
export type { TenantContext } from './records/context.js';
export { listInputBase, MAX_PAGE_SIZE, type ListPage } from './records/list-input.js';
export { recordAudit } from './audit/record-audit.js';
export * as contacts from './contacts/index.js';
export type { Prisma } from './generated/prisma/client.js';
export * from './tenants/index.js';
