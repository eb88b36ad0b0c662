import { AppError, type FieldIssue } from '../errors/index.js';
import type { CustomFieldType } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import { definitionSelect, selectTypes, type DefinitionRow } from './definition.schema.js';

/** An active (not archived) definition of the tenant; anything else answers NOT_FOUND. */
export async function findActiveDefinition(ctx: TenantContext, id: string): Promise<DefinitionRow> {
  const row = await ctx.db.customFieldDefinition.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, archivedAt: null },
    select: definitionSelect,
  });
  if (!row) throw AppError.notFound('Custom field');
  return row;
}

/** Select fields need at least one option; other types take none. */
export function assertOptionsFit(type: CustomFieldType, options: string[] | undefined): void {
  const issues: FieldIssue[] = [];
  if (selectTypes.includes(type) && (!options || options.length === 0)) {
    issues.push({ field: 'options', message: `are required for a ${type} field` });
  }
  if (!selectTypes.includes(type) && options && options.length > 0) {
    issues.push({
      field: 'options',
      message: `are only allowed for select and multiSelect fields, not ${type}`,
    });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
}
