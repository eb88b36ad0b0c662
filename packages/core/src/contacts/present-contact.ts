import { hiddenFields } from '../authz/index.js';
import {
  customFieldVisibility,
  visibleCustomFields,
  type CustomFieldDefinitionView,
} from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import { contactHideableFields, type ContactOutput, type ContactRow } from './contact.schema.js';

/** The contact as the actor may see it: custom fields and own fields hidden from the role removed. */
export function presentContact(
  ctx: TenantContext,
  definitions: CustomFieldDefinitionView[],
  row: ContactRow,
): ContactOutput {
  const output: ContactOutput = {
    ...row,
    customFields: visibleCustomFields(
      definitions,
      row.customFields,
      customFieldVisibility(ctx.actor.permissions, 'contact'),
    ),
  };
  for (const field of hiddenFields(ctx.ability, 'Contact', contactHideableFields)) {
    Reflect.deleteProperty(output, field);
  }
  return output;
}
