import { hiddenFields } from '../authz/index.js';
import { visibleCustomFields, type CustomFieldDefinitionView } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import type { ContactOutput, ContactRow } from './contact.schema.js';

const contactFields = [
  'firstName',
  'lastName',
  'middleName',
  'emails',
  'phones',
  'position',
  'ownerId',
] as const;

/** The contact as the actor may see it: sensitive custom fields and hidden fields removed. */
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
      ctx.actor.permissions.seesSensitiveFields,
    ),
  };
  for (const field of hiddenFields(ctx.ability, 'Contact', contactFields)) {
    Reflect.deleteProperty(output, field);
  }
  return output;
}
