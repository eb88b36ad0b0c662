export { exportKinds, type ExportKind } from './export-kinds.js';
export { exportPage, type ExportPage, type ExportRequest } from './export-page.js';
export type { ExportGuard } from './export-guard.js';
export { neutralizeCell } from './csv-cells.js';
