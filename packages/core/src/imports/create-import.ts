import { recordAudit } from '../audit/record-audit.js';
import { customFieldVisibility, loadCustomFieldDefinitions } from '../custom-fields/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { assertDedupeKeys, planColumns } from './import-fields.js';
import { authorizeImport, presentImport } from './import-record.js';
import { importSelect, type ImportOptions, type ImportOutput } from './import.schema.js';
import type { InspectedCsv } from './inspect-csv.js';

export interface NewImport {
  options: ImportOptions;
  fileName: string | null;
  file: InspectedCsv;
}

/**
 * Registers an uploaded file as a pending import after checking that the actor may import this
 * record type and that the column mapping fits the file. The mapping is stored resolved (every
 * used column with its field), so the run reads the file exactly as checked here.
 */
export async function createImport(ctx: TenantContext, input: NewImport): Promise<ImportOutput> {
  const { options, file } = input;
  authorizeImport(ctx, options.objectType);
  assertDedupeKeys(options.objectType, options);
  const definitions = await loadCustomFieldDefinitions(ctx.db, options.objectType);
  const columns = planColumns(
    {
      objectType: options.objectType,
      header: file.header,
      definitions,
      visible: customFieldVisibility(ctx.actor.permissions, options.objectType),
    },
    options.mapping,
  );
  const mapping = Object.fromEntries(
    columns.map((c) => [c.column, 'field' in c ? c.field.name : `cf.${c.customField.key}`]),
  );
  const id = newId();
  const row = await ctx.db.import.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      objectType: options.objectType,
      status: 'pending',
      dryRun: options.dryRun,
      fileName: input.fileName,
      mapping,
      options: { ...options, mapping, delimiter: file.delimiter },
      totalRows: file.totalRows,
      createdById: ctx.actor.userId,
    },
    select: importSelect,
  });
  await recordAudit(ctx, {
    action: 'import.created',
    recordType: 'import',
    recordId: id,
    after: {
      objectType: options.objectType,
      dryRun: options.dryRun,
      fileName: input.fileName,
      totalRows: file.totalRows,
      mapping,
    },
  });
  return presentImport(row);
}
