import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../app/trpc.js';
import { CustomFieldInput, storedValue } from './custom-field-input.js';

/** The custom field values a create form has collected, as the API takes them (empty ones left out). */
export function useCustomFieldDrafts(objectType: 'contact' | 'account' | 'deal') {
  const definitions = useQuery(trpc.customFields.list.queryOptions({ objectType, limit: '200' }));
  const visible = (definitions.data?.items ?? []).filter((definition) => definition.visible);
  return {
    visible,
    values: (drafts: Record<string, unknown>) =>
      Object.fromEntries(
        visible
          .map((definition) => [definition.key, storedValue(definition, drafts[definition.key])] as const)
          .filter(([, value]) => value !== null),
      ),
  };
}

/** The inputs of a create form for the custom fields the user's role sees, required ones marked. */
export function CustomFieldsForm({
  fields,
  drafts,
  onChange,
  errorOf,
}: {
  fields: ReturnType<typeof useCustomFieldDrafts>['visible'];
  drafts: Record<string, unknown>;
  onChange: (drafts: Record<string, unknown>) => void;
  errorOf: (field: string) => string | undefined;
}) {
  return (
    <>
      {fields.map((definition) => (
        <CustomFieldInput
          key={definition.id}
          definition={definition}
          value={drafts[definition.key] ?? null}
          error={errorOf(`customFields.${definition.key}`)}
          onChange={(value) => onChange({ ...drafts, [definition.key]: value })}
        />
      ))}
    </>
  );
}
