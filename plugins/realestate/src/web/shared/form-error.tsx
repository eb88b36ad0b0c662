import type { useFieldErrors } from '@crm/ui';

type FieldErrors = ReturnType<typeof useFieldErrors>;

/**
 * The API's message for a list field (`aliases.2`, `districts.0`): the first problem with any item,
 * so it shows on the input that holds the list.
 */
export function listFieldError(errors: FieldErrors, ...names: string[]): string | undefined {
  return errors.fields.find((issue) =>
    names.some((n) => issue.field === n || issue.field.startsWith(`${n}.`)),
  )?.message;
}
