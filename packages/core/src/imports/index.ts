export * from './import.schema.js';
export {
  authorizeImport,
  getImport,
  markImportRunning,
  reportImportProgress,
  failImport,
  type ImportOutcome,
} from './import-record.js';
export { createImport, type NewImport } from './create-import.js';
export { inspectCsv, type InspectedCsv } from './inspect-csv.js';
export { runImport, type ImportJob, type ImportProgress } from './run-import.js';
export {
  failAbandonedImports,
  touchImports,
  IMPORT_ABANDONED_AFTER_MS,
  IMPORT_HEARTBEAT_MS,
} from './fail-abandoned-imports.js';
