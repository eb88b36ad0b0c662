import type { RolePermissions } from '../authz/permissions.js';
import type { CustomFieldDefinitionView, CustomFieldObjectType } from './custom-field-types.js';

/** Whether a role may see a custom field, and so write, filter, export and import it. */
export type CustomFieldVisibility = (
  definition: Pick<CustomFieldDefinitionView, 'key' | 'sensitive'>,
) => boolean;

const subjectOf = { account: 'Account', contact: 'Contact', deal: 'Deal' } as const;

/** The name a role's `hiddenFields` gives a custom field: `cf.<key>`, next to the record's own fields. */
export function customFieldName(key: string): string {
  return `cf.${key}`;
}

/**
 * A role sees a custom field unless it is marked sensitive and the role does not see sensitive
 * fields, or the role hides it by name (`hiddenFields.Contact: ['cf.salary']`).
 */
export function customFieldVisibility(
  permissions: RolePermissions,
  objectType: CustomFieldObjectType,
): CustomFieldVisibility {
  const hidden = new Set(permissions.hiddenFields?.[subjectOf[objectType]] ?? []);
  const seesSensitive = permissions.seesSensitiveFields;
  return (definition) =>
    (seesSensitive || !definition.sensitive) && !hidden.has(customFieldName(definition.key));
}
