export * from './report.types.js';
export * from './report.schema.js';
export { listReports } from './list-reports.js';
export { runReport } from './run-report.js';
