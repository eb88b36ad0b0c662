import { hiddenFields } from '../authz/index.js';
import {
  customFieldVisibility,
  visibleCustomFields,
  type CustomFieldDefinitionView,
} from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import { accountHideableFields, type AccountOutput, type AccountRow } from './account.schema.js';

/** The account as the actor may see it: custom fields and own fields hidden from the role removed. */
export function presentAccount(
  ctx: TenantContext,
  definitions: CustomFieldDefinitionView[],
  row: AccountRow,
): AccountOutput {
  const output: AccountOutput = {
    ...row,
    customFields: visibleCustomFields(
      definitions,
      row.customFields,
      customFieldVisibility(ctx.actor.permissions, 'account'),
    ),
  };
  for (const field of hiddenFields(ctx.ability, 'Account', accountHideableFields)) {
    Reflect.deleteProperty(output, field);
  }
  return output;
}
