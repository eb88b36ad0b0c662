import { recordAudit } from '../audit/record-audit.js';
import { authorize, type OwnedSubject } from '../authz/index.js';
import type { TenantDb } from '../db/database.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import {
  importSelect,
  MAX_STORED_ERRORS,
  type ImportCounts,
  type ImportObjectType,
  type ImportOutput,
  type ImportRow,
  type ImportRowError,
} from './import.schema.js';

export const subjectOf: Record<ImportObjectType, OwnedSubject> = {
  contact: 'Contact',
  account: 'Account',
  deal: 'Deal',
};

/** May the actor import records of this type? (Import create, `import` on the type, creating own records.) */
export function authorizeImport(ctx: TenantContext, objectType: ImportObjectType): void {
  const subject = subjectOf[objectType];
  authorize(ctx.ability, 'create', 'Import');
  authorize(ctx.ability, 'import', subject);
  authorize(ctx.ability, 'create', subject, { ownerId: ctx.actor.userId });
}

function errorsOf(stored: unknown): ImportRowError[] {
  return Array.isArray(stored) ? (stored as ImportRowError[]) : [];
}

export function presentImport(row: ImportRow): ImportOutput {
  const errors = errorsOf(row.errors);
  return {
    ...row,
    objectType: row.objectType as ImportObjectType,
    status: row.status as ImportOutput['status'],
    errors,
    errorsTruncated: row.errorRows > errors.length,
  };
}

export async function getImport(ctx: TenantContext, id: string): Promise<ImportOutput> {
  authorize(ctx.ability, 'read', 'Import');
  const row = await ctx.db.import.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: importSelect,
  });
  if (!row) throw AppError.notFound('Import');
  return presentImport(row);
}

/** Marks an import as started (its own short unit of work, so that progress reports can follow). */
export async function markImportRunning(db: TenantDb, tenantId: string, id: string): Promise<void> {
  await db.import.updateMany({
    where: { tenantId, id, status: 'pending' },
    data: { status: 'running', startedAt: new Date(), updatedAt: new Date() },
  });
}

/** Progress of a running import, written from outside its (uncommitted) unit of work. */
export async function reportImportProgress(
  db: TenantDb,
  tenantId: string,
  id: string,
  counts: ImportCounts,
): Promise<void> {
  await db.import.updateMany({
    where: { tenantId, id, status: 'running' },
    data: { ...counts, updatedAt: new Date() },
  });
}

export interface ImportOutcome {
  status: 'completed' | 'failed';
  counts: ImportCounts;
  errors: ImportRowError[];
}

/**
 * Ends an import inside the unit of work that wrote its records, so the records and the
 * `completed` status commit together; audited, and announced on the outbox when records changed.
 */
export async function finishImport(
  ctx: TenantContext,
  id: string,
  outcome: ImportOutcome,
  dryRun: boolean,
): Promise<void> {
  await ctx.db.import.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: {
      status: outcome.status,
      ...outcome.counts,
      errors: outcome.errors.slice(0, MAX_STORED_ERRORS),
      finishedAt: new Date(),
      updatedAt: new Date(),
    },
  });
  const action = dryRun
    ? 'import.dry_run'
    : outcome.status === 'completed'
      ? 'import.completed'
      : 'import.failed';
  await recordAudit(ctx, { action, recordType: 'import', recordId: id, after: outcome.counts });
  if (
    !dryRun &&
    outcome.status === 'completed' &&
    outcome.counts.createdRows + outcome.counts.updatedRows > 0
  ) {
    await enqueueRecordEvent(ctx, 'import.completed', { type: 'import', id }, { ...outcome.counts });
  }
}

/** Records an import that broke off (its unit of work rolled back: nothing of it was written). */
export async function failImport(ctx: TenantContext, id: string, error: ImportRowError): Promise<void> {
  await ctx.db.import.updateMany({
    where: { tenantId: ctx.actor.tenantId, id },
    data: {
      status: 'failed',
      createdRows: 0,
      updatedRows: 0,
      errors: [error],
      finishedAt: new Date(),
      updatedAt: new Date(),
    },
  });
  await recordAudit(ctx, {
    action: 'import.failed',
    recordType: 'import',
    recordId: id,
    after: { error: error.message },
  });
}
