import { recordAudit } from '../audit/record-audit.js';
import { authorize, hiddenFields } from '../authz/index.js';
import {
  customFieldName,
  customFieldVisibility,
  loadCustomFieldDefinitions,
} from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import { MAX_PAGE_SIZE } from '../records/list-input.js';
import type { TenantContext } from '../records/context.js';
import { cellText, csvLines } from './csv-cells.js';
import type { ExportGuard } from './export-guard.js';
import { exportKindSpecs, type ExportKind, type ExportKindSpec } from './export-kinds.js';

export interface ExportRequest {
  kind: ExportKind;
  /** The list's query parameters (filters, sort); paging is the export's own. */
  query: Record<string, unknown>;
  /** Null for the first page. */
  cursor: string | null;
  /** The columns chosen on the first page; later pages keep them (and drop any that became hidden). */
  columns: string[] | null;
}

export interface ExportPage {
  /** CSV text: the header row on the first page, then the page's records. */
  text: string;
  columns: string[];
  nextCursor: string | null;
}

/** The columns the actor may see: own fields not hidden from the role, then custom fields it may read. */
async function visibleColumns(ctx: TenantContext, spec: ExportKindSpec): Promise<string[]> {
  const hidden = hiddenFields(
    ctx.ability,
    spec.subject,
    spec.fields.map((f) => f.key),
  );
  const definitions = await loadCustomFieldDefinitions(ctx.db, spec.objectType);
  const visible = customFieldVisibility(ctx.actor.permissions, spec.objectType);
  return [
    ...spec.fields.filter((f) => !hidden.has(f.key)).map((f) => f.key),
    ...definitions.filter(visible).map((d) => customFieldName(d.key)),
  ];
}

function cellOf(spec: ExportKindSpec, item: Record<string, unknown>, column: string): string | null {
  if (column.startsWith('cf.')) {
    const values = item.customFields;
    return values && typeof values === 'object'
      ? cellText((values as Record<string, unknown>)[column.slice(3)])
      : null;
  }
  const field = spec.fields.find((f) => f.key === column);
  return cellText(field?.value ? field.value(item) : item[column]);
}

/**
 * One page of a CSV export, read through the list operation itself, so the export has exactly the
 * list's filters, the actor's scope and the list's field filtering (fields hidden from the role,
 * own or custom, are not columns at all). Needs `export` on the record type. Sorted by creation
 * (stable while the export runs) unless the query sorts otherwise. The first page is audited.
 * `guards` (the plugins' export guards) may refuse it on any page.
 */
export async function exportPage(
  ctx: TenantContext,
  request: ExportRequest,
  guards: readonly ExportGuard[] = [],
): Promise<ExportPage> {
  const spec = exportKindSpecs[request.kind];
  authorize(ctx.ability, 'export', spec.subject);
  for (const guard of guards) await guard.check(ctx, { kind: request.kind, subject: spec.subject });
  const filters = Object.fromEntries(
    Object.entries(request.query).filter(([key]) => key !== 'limit' && key !== 'cursor'),
  );
  const input = {
    sort: 'createdAt',
    ...filters,
    limit: MAX_PAGE_SIZE,
    ...(request.cursor ? { cursor: request.cursor } : {}),
  };
  const page = await spec.page(ctx, input);
  // Defence in depth (A7 #23): the list already filters by tenant; a row of another one never leaves.
  if (page.items.some((item) => item.tenantId !== ctx.actor.tenantId))
    throw new AppError('INTERNAL', 'Export tenant assertion failed');
  const visible = await visibleColumns(ctx, spec);
  const columns = request.columns ?? visible;
  const allowed = new Set(visible);
  const rows = page.items.map((item) =>
    columns.map((column) => (allowed.has(column) ? cellOf(spec, item, column) : null)),
  );
  const header = request.columns ? '' : csvLines([columns]);
  if (!request.cursor) {
    await recordAudit(ctx, { action: `${request.kind}.exported`, after: { filters } });
  }
  return { text: header + csvLines(rows), columns, nextCursor: page.nextCursor };
}
