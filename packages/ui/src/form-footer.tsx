import { Button, Group, Text } from '@mantine/core';
import type { FieldError } from './errors.js';

/** What a form shows of the API's refusal: `useFieldErrors()` fits. */
export interface FormErrors {
  /** The refusal's message when it names no field (a conflict, a permission). */
  general: string | undefined;
  fields: readonly FieldError[];
}

/** Whether the field (or the list item, `stops.2.place`) has an input among `shown`. */
const isShown = (field: string, shown: readonly string[]) =>
  shown.some((name) => field === name || field.startsWith(`${name}.`));

/**
 * The form's own error, then the field problems that have no input of their own as `field: message`:
 * so no refusal of the server goes unseen. Nothing when there is neither.
 */
export function FormError({ errors, shown }: { errors: FormErrors; shown: readonly string[] }) {
  const others = errors.fields.filter((issue) => !isShown(issue.field, shown));
  const message = [errors.general, ...others.map((issue) => `${issue.field}: ${issue.message}`)]
    .filter(Boolean)
    .join('; ');
  if (!message) return null;
  return (
    <Text c="red.8" size="sm" role="alert">
      {message}
    </Text>
  );
}

export interface FormFooterProps {
  errors: FormErrors;
  /** The fields whose inputs show their own errors (a name covers its items: `stops` → `stops.0.place`). */
  shown: readonly string[];
  /** The labels, in the module's language. */
  submitLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** The form cannot be sent yet (a required choice is missing). */
  submitDisabled?: boolean;
  /** The submit button takes the focus when the dialog opens (a confirmation with no input). */
  submitAutoFocus?: boolean;
  onCancel: () => void;
}

/** The end of a dialog's form: the error that belongs to no input (FormError), then Cancel and submit. */
export function FormFooter(props: FormFooterProps) {
  return (
    <>
      <FormError errors={props.errors} shown={props.shown} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
        <Button
          type="submit"
          loading={props.pending}
          disabled={props.submitDisabled ?? false}
          data-autofocus={props.submitAutoFocus ? true : undefined}
        >
          {props.submitLabel}
        </Button>
      </Group>
    </>
  );
}
