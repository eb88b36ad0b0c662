import { hiddenFields } from '../authz/index.js';
import {
  customFieldVisibility,
  visibleCustomFields,
  type CustomFieldDefinitionView,
} from '../custom-fields/index.js';
import { stageKindOf } from '../pipelines/pipeline.schema.js';
import type { TenantContext } from '../records/context.js';
import { dealHideableFields, fromDateOnly, type DealOutput, type DealRow } from './deal.schema.js';

/** The deal as the actor may see it: amount as a decimal string, status from the stage, hidden fields removed. */
export function presentDeal(
  ctx: TenantContext,
  definitions: CustomFieldDefinitionView[],
  row: DealRow,
): DealOutput {
  const { stage, ...rest } = row;
  const output: DealOutput = {
    ...rest,
    amount: row.amount === null ? null : row.amount.toFixed(2),
    expectedCloseDate: row.expectedCloseDate === null ? null : fromDateOnly(row.expectedCloseDate),
    status: stageKindOf(stage.kind),
    customFields: visibleCustomFields(
      definitions,
      row.customFields,
      customFieldVisibility(ctx.actor.permissions, 'deal'),
    ),
  };
  for (const field of hiddenFields(ctx.ability, 'Deal', dealHideableFields)) {
    Reflect.deleteProperty(output, field);
  }
  return output;
}

/** The deal as the audit log keeps it: plain JSON values, the stage's kind as `status`. */
export function auditShapeOf(row: DealRow): Record<string, unknown> {
  const { stage, ...rest } = row;
  return {
    ...rest,
    amount: row.amount === null ? null : row.amount.toFixed(2),
    expectedCloseDate: row.expectedCloseDate === null ? null : fromDateOnly(row.expectedCloseDate),
    status: stage.kind,
  };
}
