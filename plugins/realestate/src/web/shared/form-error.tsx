import { Text } from '@mantine/core';
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

/**
 * The refusal that belongs to no field of the form (a conflict, a field the form does not show),
 * so no server error goes unseen.
 */
export function FormError({ errors, shown }: { errors: FieldErrors; shown: readonly string[] }) {
  const onShown = (field: string) => shown.some((n) => field === n || field.startsWith(`${n}.`));
  const other = errors.fields.filter((issue) => !onShown(issue.field));
  const message =
    errors.general ??
    (other.length > 0 ? other.map((i) => `${i.field}: ${i.message}`).join('; ') : undefined);
  if (!message) return null;
  return (
    <Text c="red.8" size="sm" role="alert">
      {message}
    </Text>
  );
}
