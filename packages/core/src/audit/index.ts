export { recordAudit } from './record-audit.js';
export * from './audit-log.schema.js';
export { listAuditLog } from './list-audit-log.js';
