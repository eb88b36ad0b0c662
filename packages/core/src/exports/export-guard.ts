import type { OwnedSubject } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import type { ExportKind } from './export-kinds.js';

/**
 * A plugin's veto on bulk exports of core records (the export-guard extension point): runs after the
 * role's `export` check on every page, in the exporter's unit of work, and refuses by throwing an
 * `AppError` (403 with a message the user can act on). Data-dependent rules that a role cannot express
 * live here, e.g. a leaving manager's exports frozen during the handover of their clients.
 */
export interface ExportGuard {
  /** `<pluginId>.<name>`. */
  name: string;
  check(ctx: TenantContext, request: { kind: ExportKind; subject: OwnedSubject }): Promise<void>;
}
